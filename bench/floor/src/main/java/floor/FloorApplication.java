package floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The smallest service bench/floor.sh compares Gatehouse's start-up and memory with. */
@SpringBootApplication
@RestController
public class FloorApplication {

    @GetMapping("/hello")
    String hello() {
        return "hello";
    }

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }
}
