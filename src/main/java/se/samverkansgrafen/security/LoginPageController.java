package se.samverkansgrafen.security;

import org.springframework.web.bind.annotation.GetMapping;

import se.samverkansgrafen.web.PageController;

/** The login page; Spring Security's filter takes the form's POST to the same address. */
@PageController
class LoginPageController {

    @GetMapping("/logga-in")
    String login() {
        return "login";
    }
}
