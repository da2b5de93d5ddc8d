package se.samverkansgrafen.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs who logged in and who failed to. A form login is logged once; an API client's
 * Basic authentication, which happens on every request, only at debug level.
 */
@Component
class SecurityEventLog {

    private static final Logger log = LoggerFactory.getLogger("se.samverkansgrafen.audit");

    @EventListener
    void interactiveLogin(InteractiveAuthenticationSuccessEvent event) {
        log.info("Login: {} from {}", event.getAuthentication().getName(), remote(event.getAuthentication().getDetails()));
    }

    @EventListener
    void authenticated(AuthenticationSuccessEvent event) {
        log.debug("Authenticated: {} from {}", event.getAuthentication().getName(),
                remote(event.getAuthentication().getDetails()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        log.warn("Login failed: {} from {} ({})", event.getAuthentication().getName(),
                remote(event.getAuthentication().getDetails()), event.getException().getMessage());
    }

    @EventListener
    void logout(LogoutSuccessEvent event) {
        log.info("Logout: {}", event.getAuthentication().getName());
    }

    private static String remote(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }
}
