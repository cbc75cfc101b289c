package org.citycast.publicity.site;

import org.citycast.publicity.platform.DomainException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A missing page of the public sites is a page in Chinese, not problem+json: a reader followed a
 * link. Malformed ids are missing pages too. Anything unexpected keeps the platform's handling.
 */
@ControllerAdvice(assignableTypes = {SiteController.class, FeedController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SitePageErrors {

    private final SiteSettings settings;

    SitePageErrors(SiteSettings settings) {
        this.settings = settings;
    }

    /** The public pages only ever look things up, so what they cannot find is all that goes wrong. */
    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e) {
        return notFound();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformed() {
        return notFound();
    }

    private ModelAndView notFound() {
        ModelAndView page = new ModelAndView("site/not-found", HttpStatus.NOT_FOUND);
        page.addObject("settings", settings);
        return page;
    }
}
