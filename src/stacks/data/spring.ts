/**
 * Spring Security on the servlet stack, for an app whose callers sign in with a user name and password:
 * HTTP Basic for calls from code (the snippets' scheme), form login for page loads. Checked against
 * spring-projects/spring-security main after 7.1 (August 2026) and spring-projects/spring-framework main (7.0
 * line).
 */
import { defineStack, type Fact, type Source } from '../types.ts';

const SEC = 'spring-projects/spring-security';
const FW = 'spring-projects/spring-framework';
const CONF = 'config/src/main/java/org/springframework/security/config/annotation/web/configurers';
const WEB = 'web/src/main/java/org/springframework/security/web';

const SRC = {
  defaultEntryPoint: { repo: SEC, path: `${CONF}/ExceptionHandlingConfigurer.java`, lines: '295-300' },
  forbiddenEntryPoint: { repo: SEC, path: `${WEB}/authentication/Http403ForbiddenEntryPoint.java`, lines: '55-60' },
  basicEntryPoint: { repo: SEC, path: `${WEB}/authentication/www/BasicAuthenticationEntryPoint.java`, lines: '58-67' },
  basicConfigurer: { repo: SEC, path: `${CONF}/HttpBasicConfigurer.java`, lines: '87-110' },
  basicConverter: { repo: SEC, path: `${WEB}/authentication/www/BasicAuthenticationConverter.java`, lines: '79-110' },
  basicFilter: { repo: SEC, path: `${WEB}/authentication/www/BasicAuthenticationFilter.java`, lines: '233-243' },
  statusEntryPoint: { repo: SEC, path: `${WEB}/authentication/HttpStatusEntryPoint.java`, lines: '48-52' },
  deniedHandler: { repo: SEC, path: `${WEB}/access/AccessDeniedHandlerImpl.java`, lines: '53-63' },
  translation: { repo: SEC, path: `${WEB}/access/ExceptionTranslationFilter.java`, lines: '188-221' },
  loginEntryPoint: { repo: SEC, path: `${WEB}/authentication/LoginUrlAuthenticationEntryPoint.java`, lines: '153-160' },
  loginMatcher: { repo: SEC, path: `${CONF}/AbstractAuthenticationFilterConfigurer.java`, lines: '256-268' },
  formLoginFactor: { repo: SEC, path: `${CONF}/FormLoginConfigurer.java`, lines: '231-241' },
  validDuration: {
    repo: SEC,
    path: 'docs/src/test/java/org/springframework/security/docs/servlet/authentication/validduration/ValidDurationConfiguration.java',
  },
  csrfFilter: { repo: SEC, path: `${WEB}/csrf/CsrfFilter.java`, lines: '128-133' },
  preChecks: {
    repo: SEC,
    path: 'core/src/main/java/org/springframework/security/authentication/dao/AbstractUserDetailsAuthenticationProvider.java',
    lines: '366-385',
  },
  checkOrder: {
    repo: SEC,
    path: 'core/src/main/java/org/springframework/security/authentication/dao/AbstractUserDetailsAuthenticationProvider.java',
    lines: '182-199',
  },
  statusChecker: { repo: SEC, path: 'core/src/main/java/org/springframework/security/authentication/AccountStatusUserDetailsChecker.java', lines: '40-61' },
  csrfOnByDefault: { repo: SEC, path: 'config/src/main/java/org/springframework/security/config/annotation/web/configuration/HttpSecurityConfiguration.java', lines: '127' },
  filterOrder: { repo: SEC, path: 'config/src/main/java/org/springframework/security/config/annotation/web/builders/FilterOrderRegistration.java', lines: '77-104' },
  ipRule: { repo: SEC, path: `${WEB}/access/IpAddressAuthorizationManager.java` },
  ipMatcher: { repo: SEC, path: `${WEB}/util/matcher/IpAddressMatcher.java` },
  cors: { repo: SEC, path: `${CONF}/CorsConfigurer.java` },
  corsFilter: { repo: FW, path: 'spring-web/src/main/java/org/springframework/web/filter/CorsFilter.java', lines: '85-90' },
  corsReject: { repo: FW, path: 'spring-web/src/main/java/org/springframework/web/cors/DefaultCorsProcessor.java', lines: '118-121' },
  allow: { repo: FW, path: 'spring-web/src/main/java/org/springframework/web/HttpRequestMethodNotSupportedException.java', lines: '115-128' },
  errorResponse: { repo: FW, path: 'spring-web/src/main/java/org/springframework/web/ErrorResponseException.java' },
  errorResolver: { repo: FW, path: 'spring-webmvc/src/main/java/org/springframework/web/servlet/mvc/support/DefaultHandlerExceptionResolver.java', lines: '556-576' },
  no401ByDefault: { repo: SEC, issue: 15424 },
  statusEntryPointIssue: { repo: SEC, issue: 2940 },
  basicCharset: { repo: SEC, issue: 18755 },
  authorization: { repo: SEC, path: `${WEB}/access/intercept/AuthorizationFilter.java` },
} as const satisfies Record<string, Source>;

/** Facts used by several recipes, stated once. */
const FACT = {
  forbiddenByDefault: {
    text:
      'When no authentication mechanism registers an entry point, ExceptionHandlingConfigurer falls back to ' +
      'Http403ForbiddenEntryPoint: an anonymous caller gets 403 and no challenge. httpBasic() registers ' +
      'BasicAuthenticationEntryPoint (401, WWW-Authenticate: Basic realm="Realm"), except for requests with ' +
      'X-Requested-With: XMLHttpRequest, which get HttpStatusEntryPoint\'s bare 401 with no challenge. (The ' +
      'challenge\'s charset="UTF-8" parameter is the only part that is new, added in 7.1.)',
    sources: [SRC.defaultEntryPoint, SRC.forbiddenEntryPoint, SRC.no401ByDefault, SRC.basicConfigurer, SRC.basicEntryPoint, SRC.basicCharset, SRC.statusEntryPoint],
  },
  anonymousToEntryPoint: {
    text:
      'Authorization runs in the filter chain, before Spring MVC looks for a handler: ExceptionTranslationFilter ' +
      'sends an anonymous caller who is denied to the entry point (401 Basic, a redirect to /login, or 403), ' +
      'whether or not the URL maps to anything, and a signed-in caller to AccessDeniedHandlerImpl (403).',
    sources: [SRC.translation, SRC.deniedHandler],
  },
  deniedHandler: {
    text:
      'A signed-in caller denied by an authorization rule gets AccessDeniedHandlerImpl: 403 through ' +
      'response.sendError, with no challenge and the container\'s error page as the body.',
    sources: [SRC.deniedHandler, SRC.translation],
  },
  errorResponse: {
    text:
      'Spring Framework\'s ErrorResponseException (and its subclass ResponseStatusException) carries a status, ' +
      'headers and an RFC 9457 ProblemDetail; DefaultHandlerExceptionResolver sends the status and headers, and a ' +
      '@ControllerAdvice extending ResponseEntityExceptionHandler writes the ProblemDetail as application/problem+json.',
    sources: [SRC.errorResponse, SRC.errorResolver],
  },
} as const satisfies Record<string, Fact>;

/** HTTP Basic for calls from code, one entry point for every request, so that XHR calls get the challenge too. */
const BASIC_CONFIG = `import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

@Configuration
public class SecurityConfig {
    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("admin");
        http
            .authorizeHttpRequests((authz) -> authz.anyRequest().authenticated())
            // Passing the entry point replaces httpBasic()'s default, which answers
            // X-Requested-With requests with a bare 401 and no challenge.
            .httpBasic((httpBasic) -> httpBasic.authenticationEntryPoint(basic))
            .exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(basic));
        return http.build();
    }
}
`;

export const spring = defineStack({
  id: 'spring',
  name: 'Spring Security',
  version: 'Spring Security 7.1, Spring Framework 7.0',
  scheme: 'basic',
  summary:
    'The servlet filter chain decides before Spring MVC runs: an AuthenticationEntryPoint answers anonymous callers ' +
    '(HTTP Basic\'s 401 challenge, form login\'s redirect, or, with neither configured, a 403) and ' +
    'AccessDeniedHandlerImpl answers signed-in ones with 403. The snippets use HTTP Basic for calls from code and ' +
    'form login for page loads.',
  recipes: {
    clientBarred: {
      title: '403 for a blocked network, in a filter before authentication',
      default: {
        text:
          'Spring Security blocks no network by itself, and its address rule, ' +
          'IpAddressAuthorizationManager.hasIpAddress(), is an authorization rule: AuthorizationFilter denies, and ' +
          'ExceptionTranslationFilter sends an anonymous caller to the entry point (a 401 challenge or a redirect), ' +
          'not a 403.',
        sources: [SRC.ipRule, SRC.authorization, SRC.translation],
      },
      trap: true,
      lang: 'java',
      code: `import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

// http.addFilterBefore(new BlockedNetworkFilter(), CsrfFilter.class): before CSRF and
// authentication, so the caller gets 403 whether or not it sent credentials.
public class BlockedNetworkFilter extends OncePerRequestFilter {
    private final IpAddressMatcher blocked = new IpAddressMatcher("203.0.113.0/24");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        if (blocked.matches(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\\"title\\":\\"Access from your network is blocked\\",\\"status\\":403}");
            return;
        }
        chain.doFilter(request, response);
    }
}
`,
      note:
        'getRemoteAddr() is the proxy\'s address behind a load balancer unless the container trusts X-Forwarded-For ' +
        '(Spring Boot: server.forward-headers-strategy); a gateway or firewall in front can block just as well.',
    },
    rateLimited: {
      title: '429 with Retry-After, in a filter before authentication',
      default: {
        text:
          'Spring Security has no rate limiting: without a filter of your own (or a gateway in front), every ' +
          'request is authenticated and served however often it comes. The filter chain takes your own filter at a ' +
          'named position with addFilterBefore.',
        sources: [SRC.filterOrder],
      },
      trap: false,
      lang: 'java',
      code: `import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

// http.addFilterBefore(new RateLimitFilter(), CsrfFilter.class): 100 requests per client a minute.
public class RateLimitFilter extends OncePerRequestFilter {
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long minute = System.currentTimeMillis() / 60_000;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        long now = System.currentTimeMillis();
        if (now / 60_000 != minute) {
            counts.clear();
            minute = now / 60_000;
        }
        if (counts.computeIfAbsent(request.getRemoteAddr(), (k) -> new AtomicInteger()).incrementAndGet() > 100) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(60 - (now / 1000) % 60));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), "Too many requests.");
            return;
        }
        chain.doFilter(request, response);
    }
}
`,
      note: 'One fixed window in one JVM, to show the response; with several instances keep the counters in a shared store (Bucket4j with Redis, for example) or limit in the gateway.',
    },
    basicChallenge: {
      title: '401 with a Basic challenge',
      default: FACT.forbiddenByDefault,
      trap: true,
      lang: 'java',
      code: BASIC_CONFIG,
      headersBy: "Spring Security's BasicAuthenticationEntryPoint writes WWW-Authenticate.",
      note:
        'With only formLogin() an API call that accepts text/html is redirected to /login instead; keep the ' +
        'API on its own SecurityFilterChain (securityMatcher("/api/**")) with this entry point.',
    },
    badPassword: {
      title: '401 with a new Basic challenge',
      default: {
        text:
          'BasicAuthenticationFilter hands a failed authentication (wrong password, unknown user) to the ' +
          'configured entry point, which answers 401 with a fresh challenge; with httpBasic()\'s default entry ' +
          'point an X-Requested-With request gets a bare 401 without one.',
        sources: [SRC.basicFilter, SRC.basicConfigurer, SRC.statusEntryPoint, SRC.statusEntryPointIssue],
      },
      trap: false,
      lang: 'java',
      code: BASIC_CONFIG,
      headersBy: "Spring Security's BasicAuthenticationEntryPoint writes WWW-Authenticate.",
    },
    malformed: {
      title: '400 for two Authorization fields',
      default: {
        text:
          'BasicAuthenticationConverter reads the first Authorization field only (getHeader), so a request that sends ' +
          'two is not noticed; a value that is not valid Base64 becomes BadCredentialsException, which the entry ' +
          'point answers with the 401 challenge (right: undecodable credentials are invalid credentials).',
        sources: [SRC.basicConverter, SRC.basicFilter],
      },
      trap: true,
      lang: 'java',
      code: `import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

// http.addFilterBefore(new OneAuthorizationFieldFilter(), BasicAuthenticationFilter.class)
public class OneAuthorizationFieldFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        if (Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION)).size() > 1) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Send one Authorization field.");
            return;
        }
        chain.doFilter(request, response);
    }
}
`,
      note: 'No challenge on the 400: the credentials may be fine, the request is broken.',
    },
    anonymousForbidden: {
      title: '403 without a challenge for anonymous callers',
      default: FACT.forbiddenByDefault,
      trap: false,
      lang: 'java',
      code: `import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;

@Configuration
public class SecurityConfig {
    // Policy: anonymous callers get 403 and no challenge. Say so explicitly rather
    // than relying on the fallback, which the first httpBasic() or formLogin() replaces.
    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests((authz) -> authz.anyRequest().authenticated())
            .exceptionHandling((exceptions) -> exceptions
                .authenticationEntryPoint(new Http403ForbiddenEntryPoint()));
        return http.build();
    }
}
`,
    },
    accountBarred: {
      title: '403 for a suspended or locked account',
      default: {
        text:
          'A locked or disabled account fails authentication before the password is checked: the provider\'s ' +
          'pre-authentication checks throw LockedException or DisabledException (the password is compared ' +
          'afterwards for timing only, and its result dropped), so BasicAuthenticationFilter sends every such ' +
          'request, whatever password it carried, to the entry point: 401 with a Basic challenge.',
        sources: [SRC.checkOrder, SRC.preChecks, SRC.basicFilter, SRC.basicEntryPoint],
      },
      trap: true,
      lang: 'java',
      code: `import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

// Use in place of the plain BasicAuthenticationEntryPoint, with provider(...) as a @Bean.
public class BarredAwareEntryPoint implements AuthenticationEntryPoint {
    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

    public BarredAwareEntryPoint() {
        basic.setRealmName("admin");
    }

    // Check the account's status after the password, not before (Spring's default):
    // otherwise anyone who knows a user name learns that the account is barred.
    public static DaoAuthenticationProvider provider(UserDetailsService users) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPreAuthenticationChecks((user) -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        if (e instanceof LockedException || e instanceof DisabledException) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "This account is suspended.");
            return;
        }
        basic.commence(request, response, e);
    }
}
`,
      note:
        'The 403 must only answer a caller who proved the password: that is why the status checks move from ' +
        'setPreAuthenticationChecks to setPostAuthenticationChecks. A wrong password for a barred account still gets ' +
        'the 401 challenge.',
    },
    loginRedirect: {
      title: '302 to the sign-in page for page loads',
      default: {
        text:
          'formLogin() registers LoginUrlAuthenticationEntryPoint for requests that accept text/html, ' +
          'application/xhtml+xml, image/* or text/plain and are not X-Requested-With: XMLHttpRequest; it ' +
          'answers with a redirect (302) to the login page, after ExceptionTranslationFilter saved the request to ' +
          'return to after sign-in.',
        sources: [SRC.loginMatcher, SRC.loginEntryPoint, SRC.translation],
      },
      trap: false,
      lang: 'java',
      code: `import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class PagesSecurityConfig {
    // Page loads: anonymous callers are redirected (302, Location: /login).
    @Bean
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests((authz) -> authz.anyRequest().authenticated())
            .formLogin((form) -> form.loginPage("/login").permitAll());
        return http.build();
    }
}
`,
      headersBy: "Spring Security's LoginUrlAuthenticationEntryPoint answers 302 and writes Location through its redirect strategy.",
      note: 'Serve the API from a separate SecurityFilterChain with the Basic entry point, so code never gets the redirect.',
    },
    reauthenticate: {
      title: '302 to sign in again when the password is too old',
      default: {
        text:
          'Since 7.0 every sign-in adds a FactorGrantedAuthority with the time it was issued; a rule built with ' +
          'AuthorizationManagerFactories.multiFactor() can require a password factor younger than a validDuration, ' +
          'and formLogin() sends a caller missing it to its entry point: a redirect to the login page.',
        since: '7.0',
        sources: [SRC.validDuration, SRC.formLoginFactor],
      },
      trap: false,
      lang: 'java',
      code: `import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class ReauthenticationConfig {
    @Bean
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        var passwordIn5m = AuthorizationManagerFactories.multiFactor()
            .requireFactor((factor) -> factor.passwordAuthority().validDuration(Duration.ofMinutes(5)))
            .build();
        http
            .authorizeHttpRequests((authz) -> authz
                .requestMatchers("/settings/delete-account").access(passwordIn5m.authenticated())
                .anyRequest().authenticated())
            .formLogin(Customizer.withDefaults());
        return http.build();
    }
}
`,
      headersBy: "Spring Security's LoginUrlAuthenticationEntryPoint answers 302 and writes Location through its redirect strategy.",
    },
    csrf: {
      title: '403 for a failed CSRF check',
      default: {
        text:
          'CSRF protection is on by default: CsrfFilter hands a missing or wrong token (MissingCsrfTokenException, ' +
          'InvalidCsrfTokenException) to the access-denied handler, AccessDeniedHandlerImpl by default: 403, no challenge.',
        sources: [SRC.csrfFilter, SRC.deniedHandler],
      },
      trap: false,
      lang: 'java',
      code: `import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

@Configuration
public class CsrfConfig {
    // Keep CSRF on for cookie sessions; a failed check is 403 from AccessDeniedHandlerImpl.
    @Bean
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests((authz) -> authz.anyRequest().authenticated())
            .csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()))
            .formLogin((form) -> form.loginPage("/login").permitAll());
        return http.build();
    }
}
`,
    },
    denied: {
      title: '403 from an authorization rule',
      default: FACT.deniedHandler,
      trap: false,
      lang: 'java',
      code: `import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

@Configuration
public class AdminSecurityConfig {
    // Signed in without ROLE_ADMIN: 403 from AccessDeniedHandlerImpl, no challenge.
    @Bean
    SecurityFilterChain admin(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("admin");
        http
            .securityMatcher("/admin/**")
            .authorizeHttpRequests((authz) -> authz.anyRequest().hasRole("ADMIN"))
            .httpBasic((httpBasic) -> httpBasic.authenticationEntryPoint(basic));
        return http.build();
    }
}
`,
    },
    forbiddenReason: {
      title: '403 with a reason, decided in code',
      default: FACT.errorResponse,
      trap: false,
      lang: 'java',
      code: `import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

// Thrown once the caller is known and the rule that denies lives in code:
// someone else's record, a feature the plan lacks, an operation that needs a person.
public class ForbiddenException extends ErrorResponseException {
    public ForbiddenException(String reason) {
        super(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, reason), null);
    }
}
`,
      note: 'No WWW-Authenticate: with Basic a challenge would make the browser ask for a password again, which cannot help.',
    },
    notFound: {
      title: 'The app\'s one 404',
      default: FACT.anonymousToEntryPoint,
      trap: true,
      lang: 'java',
      code: `import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

// Throw for a missing record AND for one the caller may not see, so both
// look like a URL that maps to nothing.
public final class NotFound {
    private NotFound() {}

    public static ResponseStatusException of() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Nothing here for you.");
    }
}
`,
      note:
        'For unknown URLs to reach Spring MVC\'s 404 before the sign-in, list the protected paths in ' +
        'authorizeHttpRequests instead of ending with anyRequest().authenticated(), and permit the rest. A ' +
        'resource hidden from anonymous callers must be permitted too (permitAll(), and reachable past CSRF for ' +
        'unsafe methods): its controller checks the caller itself and throws this 404 when there is none or it may ' +
        'not see the record. Left behind authenticated(), an anonymous caller gets the 401, which gives the ' +
        'resource away.',
    },
    gone: {
      title: '410 Gone',
      default: FACT.errorResponse,
      trap: false,
      lang: 'java',
      code: `import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

public class GoneException extends ErrorResponseException {
    public GoneException() {
        super(HttpStatus.GONE, ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
            "This resource was removed permanently and will not come back."), null);
    }
}
`,
    },
    methodNotAllowed: {
      title: '405 with Allow, before the sign-in',
      default: {
        text:
          'Spring MVC answers a method no handler supports with 405 and an Allow header listing the supported ' +
          'ones (HttpRequestMethodNotSupportedException). But the filter chain runs first: CSRF protection, on by ' +
          'default, answers a POST, PUT, PATCH or DELETE without a CSRF token with 403 (signed in or not), and ' +
          'authorization sends an anonymous caller to the entry point\'s 401 (or redirect), unless the security ' +
          'rules let that method through.',
        sources: [SRC.allow, SRC.csrfOnByDefault, SRC.csrfFilter, SRC.translation],
      },
      trap: true,
      lang: 'java',
      code: `import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class MethodRulesConfig {
    // /reports only has GET handlers: protect GET, let other methods through to
    // Spring MVC, which answers 405 with Allow: GET, HEAD for everyone.
    @Bean
    SecurityFilterChain reports(HttpSecurity http) throws Exception {
        http.securityMatcher("/reports/**")
            .authorizeHttpRequests((authz) -> authz
                .requestMatchers(HttpMethod.GET, "/reports/**").authenticated()
                .anyRequest().permitAll())
            // Else CsrfFilter answers an unsafe method 403 before Spring MVC sees it.
            .csrf((csrf) -> csrf.ignoringRequestMatchers("/reports/**"))
            .httpBasic(Customizer.withDefaults());
        return http.build();
    }
}
`,
      headersBy: "Spring MVC's HttpRequestMethodNotSupportedException carries the Allow header.",
      note:
        'Only permit methods that no handler of these paths supports, and only skip CSRF where no handler changes ' +
        'state (a browser resends cached Basic credentials by itself, so CSRF matters here): a new POST handler ' +
        'must get its own rule and its CSRF check back.',
    },
    cors: {
      title: 'CORS in the filter chain, before authentication',
      default: {
        text:
          'http.cors() puts a CorsFilter before authentication, configured by a CorsConfigurationSource bean; ' +
          'Spring\'s DefaultCorsProcessor writes the Access-Control-* headers of an allowed preflight and rejects ' +
          'one from an origin it does not allow with 403 "Invalid CORS request". Without http.cors(), a preflight ' +
          'carries no credentials and meets the entry point.',
        sources: [SRC.cors, SRC.corsFilter, SRC.corsReject],
      },
      trap: false,
      lang: 'java',
      code: `import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

@Configuration
public class CorsConfig {
    // Picked up by http.cors(Customizer.withDefaults()) in the SecurityFilterChain.
    @Bean
    CorsConfigurationSource corsConfigurationSource() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.of("https://app.example.com"));
        cors.setAllowedMethods(List.of("GET", "PUT", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        cors.setAllowCredentials(true);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
`,
      headersBy: "Spring's DefaultCorsProcessor writes the Access-Control-Allow-* headers from the CorsConfiguration and refuses a preflight it does not allow with 403; CorsFilter ends an allowed one with 200 rather than 204, an ok status that the Fetch standard accepts all the same.",
    },
    allowed: {
      title: '200 for a permitted caller',
      default: {
        text:
          'A request whose credentials authenticate and whose authorities satisfy the authorizeHttpRequests rules ' +
          'passes AuthorizationFilter and reaches the controller.',
        sources: [SRC.authorization],
      },
      trap: false,
      note: 'The controller\'s return value goes out as 200 OK.',
      lang: 'java',
      code: `import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MeController {
    // Reached only after the filter chain authenticated and authorized the caller.
    @GetMapping("/me")
    String me(Principal principal) {
        return principal.getName();
    }
}
`,
    },
  },
  cells: {
    'proxy-authentication-required': { notApplicable: 'A 407 comes from a forward proxy between the client and the internet; a Spring application is an origin server and never answers it.' },
    'proxy-forbidden': { notApplicable: 'Refusing a destination is the job of a forward proxy; a Spring application only serves its own resources.' },
    'client-barred': 'clientBarred',
    'rate-limited': 'rateLimited',
    'anonymous-forbidden': 'anonymousForbidden',
    'not-found': 'notFound',
    gone: 'gone',
    'method-not-allowed': 'methodNotAllowed',
    'cors-preflight': 'cors',
    'cors-preflight-refused': 'cors',
    'authentication-required': 'basicChallenge',
    'redirect-to-login': 'loginRedirect',
    'hidden-from-anonymous': 'notFound',
    'client-certificate-refused': { notApplicable: 'A missing or rejected client certificate is refused in the TLS handshake, configured in the servlet container or the TLS terminator in front; Spring Security\'s x509() only reads a certificate the handshake accepted.' },
    'malformed-credentials': 'malformed',
    'csrf-failed': 'csrf',
    'invalid-credentials': 'badPassword',
    'step-up-required': {
      notApplicable:
        'HTTP Basic cannot prove a fresh sign-in (the browser resends a cached password), so a step-up is answered 403 (step-up-not-possible); for page loads with form login see redirect-to-reauthenticate.',
    },
    'step-up-not-possible': 'forbiddenReason',
    'redirect-to-reauthenticate': 'reauthenticate',
    'account-barred': 'accountBarred',
    'insufficient-scope': { notApplicable: 'Scopes belong to OAuth access tokens; an app that signs users in with Basic or a form has roles and authorities, whose denials are a plain 403 (see forbidden, or Spring Security\'s resource server for tokens).' },
    'feature-unavailable': 'forbiddenReason',
    forbidden: 'denied',
    'hidden-from-unauthorized': 'notFound',
    'forbidden-record': 'forbiddenReason',
    'not-found-after-checks': 'notFound',
    allowed: 'allowed',
  },
});
