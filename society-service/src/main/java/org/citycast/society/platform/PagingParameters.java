package org.citycast.society.platform;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A paged list refuses a {@code page} or {@code size} it cannot honour with a 400 naming the
 * parameter. Spring Data would quietly fall back to the first page or its default size (and cap a
 * large size), so a client's mistake would look like a short or wrong list.
 */
@Configuration(proxyBeanMethods = false)
class PagingParameters implements WebMvcConfigurer {

    private final int maxPageSize;

    PagingParameters(@Value("${spring.data.web.pageable.max-page-size:2000}") int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method && Arrays.stream(method.getMethodParameters())
                        .anyMatch(parameter -> Pageable.class.isAssignableFrom(parameter.getParameterType()))) {
                    check("page", request.getParameter("page"), 0, Integer.MAX_VALUE);
                    check("size", request.getParameter("size"), 1, maxPageSize);
                }
                return true;
            }
        });
    }

    private static void check(String name, String value, int min, int max) {
        if (value == null) {
            return;
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name, "'" + value + "' is not a whole number");
        }
        if (number < min || number > max) {
            throw DomainException.invalid(name, "must be between " + min + " and " + max);
        }
    }
}
