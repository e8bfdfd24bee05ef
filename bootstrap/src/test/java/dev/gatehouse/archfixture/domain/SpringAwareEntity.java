package dev.gatehouse.archfixture.domain;

/** Violates rule 1a: the domain uses Spring. */
public class SpringAwareEntity {
    public boolean named(String name) {
        return org.springframework.util.StringUtils.hasText(name);
    }
}
