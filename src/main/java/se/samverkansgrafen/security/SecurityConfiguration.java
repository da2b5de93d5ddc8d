package se.samverkansgrafen.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Reading is open; every write needs a user with the role EDITOR.
 * <ul>
 * <li>{@code /api/**}: HTTP Basic, stateless (no session is read or made, so a browser's
 * login cookie gives no power here). Failures are problem details: 401 with
 * {@code WWW-Authenticate}, 403. A CSRF token is required only of a write a browser marks
 * as cross-site ({@code Sec-Fetch-Site}, {@code Origin}): credentials a browser remembered
 * from a Basic prompt are the one ambient credential this chain accepts.</li>
 * <li>Everything else: form login at {@code /logga-in}, a session that ends
 * ({@code server.servlet.session.timeout}), and CSRF tokens kept in the session on every
 * form. {@code POST /sparql} is a read and stays open and token-free for analysts' tools.</li>
 * </ul>
 * Spring Security's default response headers stay on.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String EDITOR = "EDITOR";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(SecurityProperties properties) {
        List<UserDetails> accounts = UserAccounts.from(properties);
        long editors = accounts.stream()
                .filter(u -> u.getAuthorities().stream().anyMatch(a -> ("ROLE_" + EDITOR).equals(a.getAuthority())))
                .count();
        if (editors == 0) {
            log.warn("No editor account is configured (samverkan.security.users-file or SAMVERKAN_SECURITY_USERS): "
                    + "the service is read-only, every write is refused. README, 'Editing', shows how to add an editor.");
        } else {
            log.info("{} accounts configured, {} with the role {}", accounts.size(), editors, EDITOR);
        }
        return new InMemoryUserDetailsManager(accounts);
    }

    /**
     * A request the firewall refuses (control characters, encoded separators...) is the
     * client's error: 400, answered by the container's error page as problem details or HTML.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().hasRole(EDITOR))
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(CrossSiteRequests::isCrossSiteWrite));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/sparql")).permitAll()
                        // CORS preflight of analysts' browser tools; Spring MVC answers it (WebConfiguration).
                        .requestMatchers(paths.matcher(HttpMethod.OPTIONS, "/sparql")).permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().hasRole(EDITOR))
                .csrf(csrf -> csrf.ignoringRequestMatchers(paths.matcher(HttpMethod.POST, "/sparql")))
                .formLogin(form -> form.loginPage("/logga-in").defaultSuccessUrl("/utkast").permitAll())
                .logout(logout -> logout.logoutUrl("/logga-ut").logoutSuccessUrl("/"));
        return http.build();
    }
}
