package dev.gatehouse.adapter.in.rest.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every {@code @WebMvcTest} slice over the stubbed use cases needs: the {@link MockMvc} to
 * call it with, and the {@link StubUseCases} reset before each test (the context, and so the stub,
 * is shared by every test of a class and cached across classes). Each subclass still carries its
 * own {@code @WebMvcTest}, with whatever properties it runs under.
 */
public abstract class SliceTest {
    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected StubUseCases useCases;

    @BeforeEach
    void resetTheStubs() {
        useCases.reset();
    }
}
