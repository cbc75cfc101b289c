package org.citycast.publicity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PublicityApplication {

    public static void main(String[] args) {
        SpringApplication.run(PublicityApplication.class, args);
    }
}
