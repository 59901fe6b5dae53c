/**
 * Spring Security as an OAuth 2.0 resource server (servlet stack): `http.oauth2ResourceServer(...)` validates
 * bearer tokens, BearerTokenAuthenticationEntryPoint answers for missing or bad tokens and
 * BearerTokenAccessDeniedHandler for denials. Checked against spring-projects/spring-security main after 7.1
 * (August 2026) and spring-projects/spring-framework main (7.0 line).
 */
import { defineStack, type Fact, type Source } from '../types.ts';

const SEC = 'spring-projects/spring-security';
const FW = 'spring-projects/spring-framework';
const RS_WEB = 'oauth2/oauth2-resource-server/src/main/java/org/springframework/security/oauth2/server/resource/web';

const SRC = {
  entryPoint: { repo: SEC, path: `${RS_WEB}/BearerTokenAuthenticationEntryPoint.java`, lines: '67-95' },
  deniedHandler: { repo: SEC, path: `${RS_WEB}/access/BearerTokenAccessDeniedHandler.java`, lines: '60-76' },
  resolver: { repo: SEC, path: `${RS_WEB}/DefaultBearerTokenResolver.java`, lines: '48-127' },
  errors: { repo: SEC, path: 'oauth2/oauth2-resource-server/src/main/java/org/springframework/security/oauth2/server/resource/BearerTokenErrors.java', lines: '49-70' },
  configurer: {
    repo: SEC,
    path: 'config/src/main/java/org/springframework/security/config/annotation/web/configurers/oauth2/server/resource/OAuth2ResourceServerConfigurer.java',
    lines: '200-204',
  },
  csrfOverride: {
    repo: SEC,
    path: 'config/src/main/java/org/springframework/security/config/annotation/web/configurers/oauth2/server/resource/OAuth2ResourceServerConfigurer.java',
    lines: '397-402',
  },
  translation: { repo: SEC, path: 'web/src/main/java/org/springframework/security/web/access/ExceptionTranslationFilter.java', lines: '188-211' },
  cors: { repo: SEC, path: 'config/src/main/java/org/springframework/security/config/annotation/web/configurers/CorsConfigurer.java' },
  corsFilter: { repo: FW, path: 'spring-web/src/main/java/org/springframework/web/filter/CorsFilter.java', lines: '85-90' },
  corsReject: { repo: FW, path: 'spring-web/src/main/java/org/springframework/web/cors/DefaultCorsProcessor.java', lines: '118-121' },
  allow: { repo: FW, path: 'spring-web/src/main/java/org/springframework/web/HttpRequestMethodNotSupportedException.java', lines: '115-128' },
  errorResponse: { repo: FW, path: 'spring-web/src/main/java/org/springframework/web/ErrorResponseException.java' },
  errorResolver: { repo: FW, path: 'spring-webmvc/src/main/java/org/springframework/web/servlet/mvc/support/DefaultHandlerExceptionResolver.java', lines: '556-576' },
  problemAdvice: { repo: FW, path: 'spring-webmvc/src/main/java/org/springframework/web/servlet/mvc/method/annotation/ResponseEntityExceptionHandler.java', lines: '116-130' },
  resourceMetadata: { repo: SEC, issue: 17244 },
  authorization: { repo: SEC, path: 'web/src/main/java/org/springframework/security/web/access/intercept/AuthorizationFilter.java' },
  csrfOnByDefault: { repo: SEC, path: 'config/src/main/java/org/springframework/security/config/annotation/web/configuration/HttpSecurityConfiguration.java', lines: '127' },
  csrfFilter: { repo: SEC, path: 'web/src/main/java/org/springframework/security/web/csrf/CsrfFilter.java', lines: '128-133' },
  filterOrder: { repo: SEC, path: 'config/src/main/java/org/springframework/security/config/annotation/web/builders/FilterOrderRegistration.java', lines: '77-114' },
  ipRule: { repo: SEC, path: 'web/src/main/java/org/springframework/security/web/access/IpAddressAuthorizationManager.java' },
  metadataResolver: { repo: SEC, path: `${RS_WEB}/BearerTokenAuthenticationEntryPoint.java`, lines: '111-128' },
} as const satisfies Record<string, Source>;

/** Facts used by several recipes, stated once. */
const FACT = {
  entryPoint: {
    text:
      'BearerTokenAuthenticationEntryPoint answers 401 with WWW-Authenticate: Bearer, adding realm (when set), ' +
      'error, error_description, error_uri and scope from the OAuth2AuthenticationException, and takes the status ' +
      'from the BearerTokenError (invalid_request is 400, invalid_token 401). Since 7.0 it also adds ' +
      'resource_metadata, the URL of the protected resource metadata (RFC 9728).',
    since: '7.0',
    sources: [SRC.entryPoint, SRC.errors, SRC.resourceMetadata, SRC.metadataResolver],
  },
  deniedHandler: {
    text:
      'BearerTokenAccessDeniedHandler answers every denial of a token-authenticated request with 403 and ' +
      'WWW-Authenticate: Bearer error="insufficient_scope", error_description="The request requires higher ' +
      'privileges than provided by the access token.", error_uri=…: whatever the rule that denied, and without a ' +
      'scope parameter.',
    sources: [SRC.deniedHandler, SRC.configurer],
  },
  anonymousToEntryPoint: {
    text:
      'Authorization runs in the filter chain, before Spring MVC looks for a handler: ExceptionTranslationFilter ' +
      'sends an anonymous caller who is denied to the entry point (401 Bearer), and a token holder to the ' +
      'access-denied handler (403 insufficient_scope). Neither knows whether the URL maps to anything.',
    sources: [SRC.translation, SRC.entryPoint, SRC.deniedHandler],
  },
  errorResponse: {
    text:
      'Spring Framework\'s ErrorResponseException (and its subclass ResponseStatusException) carries a status, ' +
      'headers and an RFC 9457 ProblemDetail body. DefaultHandlerExceptionResolver sends its status and headers ' +
      'with the container\'s error page; the ProblemDetail goes out as application/problem+json when a ' +
      '@ControllerAdvice extends ResponseEntityExceptionHandler (Spring Boot: spring.mvc.problemdetails.enabled).',
    sources: [SRC.errorResponse, SRC.errorResolver, SRC.problemAdvice],
  },
} as const satisfies Record<string, Fact>;

/** The security configuration every snippet assumes, written once as the first recipe. */
const SECURITY_CONFIG = `import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfig {
    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        BearerTokenAuthenticationEntryPoint entryPoint = new BearerTokenAuthenticationEntryPoint();
        entryPoint.setRealmName("api");
        BearerTokenAccessDeniedHandler deniedHandler = new BearerTokenAccessDeniedHandler();
        deniedHandler.setRealmName("api");
        http
            .authorizeHttpRequests((authz) -> authz
                .requestMatchers("/invoices/**").hasAuthority("SCOPE_invoices:write")
                .anyRequest().authenticated())
            .oauth2ResourceServer((oauth2) -> oauth2
                .jwt((jwt) -> {})
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(deniedHandler));
        return http.build();
    }
}
`;

export const springResourceServer = defineStack({
  id: 'spring-resource-server',
  name: 'Spring Security (resource server)',
  version: 'Spring Security 7.1, Spring Framework 7.0',
  scheme: 'bearer',
  summary:
    'An API that accepts OAuth 2.0 access tokens: http.oauth2ResourceServer() validates the token, ' +
    'BearerTokenAuthenticationEntryPoint answers 401 (or 400) with an RFC 6750 challenge and ' +
    'BearerTokenAccessDeniedHandler answers 403. Both run in the filter chain, before Spring MVC knows whether the ' +
    'URL exists, and the 403 always says insufficient_scope.',
  recipes: {
    clientBarred: {
      title: '403 for a blocked network, in a filter before authentication',
      default: {
        text:
          'Spring Security blocks no network by itself, and its address rule, ' +
          'IpAddressAuthorizationManager.hasIpAddress(), is an authorization rule: AuthorizationFilter denies, and ' +
          'ExceptionTranslationFilter sends a caller without a token to the entry point\'s 401 challenge and a token ' +
          'holder to the access-denied handler\'s 403 insufficient_scope, neither of which says why.',
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

// http.addFilterBefore(new BlockedNetworkFilter(), BearerTokenAuthenticationFilter.class):
// before the token check, so the caller gets 403 whether or not it sent a token.
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
        'No WWW-Authenticate: no token would help. getRemoteAddr() is the proxy\'s address behind a load balancer ' +
        'unless the container trusts X-Forwarded-For (Spring Boot: server.forward-headers-strategy).',
    },
    rateLimited: {
      title: '429 with Retry-After, in a filter before the token check',
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

// http.addFilterBefore(new RateLimitFilter(), BearerTokenAuthenticationFilter.class): 100 requests per client a minute.
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
      note: 'One fixed window in one JVM, to show the response; with several instances keep the counters in a shared store (Bucket4j with Redis, for example) or limit in the gateway. Counting per token instead of per address needs the filter after BearerTokenAuthenticationFilter.',
    },
    challenge: {
      title: '401 with a Bearer challenge',
      default: FACT.entryPoint,
      trap: false,
      lang: 'java',
      code: SECURITY_CONFIG,
      headersBy: "Spring Security's BearerTokenAuthenticationEntryPoint sends the 401 and writes WWW-Authenticate.",
      note:
        'Without setRealmName the challenge has no realm. With no token the exception is not an ' +
        'OAuth2AuthenticationException, so the challenge has no error code, as RFC 6750 §3.1 asks. Since 7.0 the ' +
        'challenge also ends with resource_metadata="https://<host>/.well-known/oauth-protected-resource", even ' +
        'when the app serves no metadata there, so it is longer than this page\'s example; ' +
        'setResourceMetadataParameterResolver (7.1) changes the URL.',
    },
    invalidToken: {
      title: '401 invalid_token',
      default: {
        text:
          'A token that fails decoding or validation (signature, expiry, issuer) becomes an ' +
          'OAuth2AuthenticationException with error invalid_token; the entry point answers 401 with ' +
          'error="invalid_token" and the reason in error_description.',
        sources: [SRC.errors, SRC.entryPoint],
      },
      trap: false,
      lang: 'java',
      code: `import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

@Configuration
public class TokenConfig {
    // Expired, wrongly signed or foreign tokens fail here; the entry point turns the
    // failure into 401 with WWW-Authenticate: Bearer error="invalid_token".
    @Bean
    JwtDecoder jwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
            .withIssuerLocation("https://idp.example.com").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer("https://idp.example.com"));
        return decoder;
    }
}
`,
      headersBy: "Spring Security's BearerTokenAuthenticationEntryPoint writes WWW-Authenticate.",
      note: 'Register the entry point with a realm as in the 401 recipe; this bean only decides which tokens are valid.',
    },
    malformed: {
      title: '400 invalid_request for a token sent twice',
      default: {
        text:
          'By default DefaultBearerTokenResolver reads the Authorization header only, and only its first field ' +
          '(getHeader): the access_token query and form parameters are off, so a second copy of the token there, ' +
          'or in a second Authorization field, is silently ignored. Only with the query or form parameter enabled ' +
          'is a token in two places "Found multiple bearer tokens in the request", BearerTokenErrors.invalidRequest, ' +
          'which the entry point answers with 400 and error="invalid_request".',
        sources: [SRC.resolver, SRC.errors, SRC.entryPoint],
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

// http.addFilterBefore(new OneBearerTokenFilter(), BearerTokenAuthenticationFilter.class)
public class OneBearerTokenFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        int fields = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION)).size();
        boolean inParameter = request.getParameter("access_token") != null;
        if (fields > 1 || (fields == 1 && inParameter)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"api\\", error=\\"invalid_request\\", "
                + "error_description=\\"The access token was sent in more than one place\\"");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
`,
      note:
        'The other way, setAllowUriQueryParameter(true) and setAllowFormEncodedBodyParameter(true) on the resolver, ' +
        'makes the resolver itself answer a duplicate with 400, but also accepts a lone token in the URL of a GET, ' +
        'which RFC 6750 §2.3 advises against.',
    },
    insufficientScope: {
      title: '403 insufficient_scope',
      default: FACT.deniedHandler,
      trap: false,
      lang: 'java',
      code: SECURITY_CONFIG,
      headersBy: "Spring Security's BearerTokenAccessDeniedHandler sends the 403 and writes WWW-Authenticate.",
      note:
        'The handler names no scope; add scope="invoices:write" with your own AccessDeniedHandler if clients ' +
        'should learn which one to ask for (RFC 6750 §3 makes it optional).',
    },
    forbidden: {
      title: '403 with a bare Bearer challenge and a reason',
      default: {
        text: FACT.deniedHandler.text + ' A denial for any other reason (role, ownership, suspended account) is mislabelled insufficient_scope.',
        sources: FACT.deniedHandler.sources,
      },
      trap: true,
      lang: 'java',
      code: `import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

// Thrown by a controller or service once the token is valid and the rule that
// denies is not about scope (not the owner, account suspended, plan lacks it).
public class ForbiddenException extends ErrorResponseException {
    public ForbiddenException(String reason) {
        super(HttpStatus.FORBIDDEN, problem(reason), null);
        getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"api\\"");
    }

    private static ProblemDetail problem(String reason) {
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
        body.setDetail(reason);
        return body;
    }
}
`,
      note: 'Keep the scope checks in the filter chain (they earn insufficient_scope); decide the rest in code and throw this.',
    },
    stepUp: {
      title: '401 insufficient_user_authentication',
      default: {
        text:
          'Spring Security has no RFC 9470 step-up support: no error code insufficient_user_authentication, and ' +
          'no check of the acr or auth_time claims. A valid token with a weak sign-in is simply authenticated.',
        sources: [SRC.errors, SRC.entryPoint],
      },
      trap: true,
      lang: 'java',
      code: `import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;

public final class StepUp {
    // Call at the start of a sensitive operation with the caller's Jwt.
    public static void require(Jwt jwt, String acr, Duration maxAge) {
        Instant authTime = jwt.getClaimAsInstant("auth_time");
        boolean fresh = authTime != null && authTime.isAfter(Instant.now().minus(maxAge));
        if (acr.equals(jwt.getClaimAsString("acr")) && fresh) {
            return;
        }
        ErrorResponseException e = new ErrorResponseException(HttpStatus.UNAUTHORIZED,
            ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED), null);
        e.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"api\\", "
            + "error=\\"insufficient_user_authentication\\", acr_values=\\"" + acr + "\\", "
            + "max_age=" + maxAge.toSeconds());
        throw e;
    }
}
`,
    },
    stepUpNotPossible: {
      title: '403 without a challenge',
      default: FACT.errorResponse,
      trap: false,
      lang: 'java',
      code: `import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

// The operation needs a stronger sign-in than this client's grant can ever bring:
// 403 and no WWW-Authenticate, since no new token would help.
public class StepUpNotPossibleException extends ErrorResponseException {
    public StepUpNotPossibleException() {
        super(HttpStatus.FORBIDDEN, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
        body.setDetail("This operation needs a user sign-in with MFA; this client cannot provide one.");
        return body;
    }
}
`,
    },
    notFound: {
      title: 'The API\'s one 404, with a bare Bearer challenge',
      default: FACT.anonymousToEntryPoint,
      trap: true,
      lang: 'java',
      code: `import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

// Throw NotFoundException for a missing record AND for one the caller may not see,
// so that both look like a URL that maps to nothing.
@RestControllerAdvice
public class NotFoundAdvice {
    public static class NotFoundException extends RuntimeException {}

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"api\\"")
            .body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND));
    }
}
`,
      note:
        'For unknown URLs to reach Spring MVC before the token check, list the protected paths in ' +
        'authorizeHttpRequests instead of ending with anyRequest().authenticated(), and permit the rest. A ' +
        'resource hidden from callers without a token must be permitted too (permitAll(); for unsafe methods also ' +
        'csrf.ignoringRequestMatchers, see the 405 recipe): its controller checks the caller itself and throws ' +
        'NotFoundException when there is no token or it may not see the record. Left behind authenticated(), a ' +
        'caller without a token gets the 401, which gives the resource away.',
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
      title: '405 with Allow, before the token check',
      default: {
        text:
          'Spring MVC answers a method no handler supports with 405 and an Allow header listing the supported ' +
          'ones (HttpRequestMethodNotSupportedException). But the filter chain runs first: authorization sends a ' +
          'caller without a token to the 401 challenge unless the security rules let that method through, and CSRF ' +
          'protection, on by default and skipped only for requests that carry a bearer token, answers a POST, PUT, ' +
          'PATCH or DELETE without one with 403.',
        sources: [SRC.allow, SRC.translation, SRC.csrfOnByDefault, SRC.csrfFilter, SRC.csrfOverride],
      },
      trap: true,
      lang: 'java',
      code: `import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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
            // Else CsrfFilter answers an unsafe method without a token 403 before Spring MVC sees it.
            .csrf((csrf) -> csrf.ignoringRequestMatchers("/reports/**"))
            .oauth2ResourceServer((oauth2) -> oauth2.jwt((jwt) -> {}));
        return http.build();
    }
}
`,
      headersBy: "Spring MVC's HttpRequestMethodNotSupportedException carries the Allow header.",
      note:
        'Only permit methods that no handler of these paths supports; a new POST handler must get its own rule. ' +
        'Skipping CSRF costs nothing on a token API: a browser never attaches a bearer token by itself.',
    },
    cors: {
      title: 'CORS in the filter chain, before authentication',
      default: {
        text:
          'http.cors() puts a CorsFilter before authentication, configured by a CorsConfigurationSource bean; ' +
          'Spring\'s DefaultCorsProcessor writes the Access-Control-* headers of an allowed preflight and rejects ' +
          'one from an origin it does not allow with 403 "Invalid CORS request". Without http.cors(), a preflight ' +
          'carries no token and gets the 401 challenge.',
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
    anonymousForbidden: {
      title: '403 with a bare Bearer challenge when no token was sent',
      default: FACT.entryPoint,
      trap: true,
      lang: 'java',
      code: `import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

// oauth2ResourceServer((oauth2) -> oauth2.authenticationEntryPoint(new AnonymousForbiddenEntryPoint()))
public class AnonymousForbiddenEntryPoint implements AuthenticationEntryPoint {
    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        if (e instanceof OAuth2AuthenticationException) {
            bearer.commence(request, response, e); // a token was sent: 401 invalid_token stays
            return;
        }
        // No token (always-403 policy): 403, but RFC 6750 §3 still wants the challenge.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"api\\"");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
`,
    },
    allowed: {
      title: '200 for a valid token with the right scope',
      default: {
        text:
          'A request whose token validates and whose authorities satisfy the authorizeHttpRequests rules passes ' +
          'AuthorizationFilter and reaches the controller, with the Jwt as the principal.',
        sources: [SRC.authorization],
      },
      trap: false,
      note: 'The controller\'s return value goes out as 200 OK.',
      lang: 'java',
      code: `import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MeController {
    // Reached only after the filter chain validated the token and its scope.
    @GetMapping("/me")
    String me(@AuthenticationPrincipal Jwt jwt) {
        return jwt.getSubject();
    }
}
`,
    },
  },
  cells: {
    'proxy-authentication-required': { notApplicable: 'A 407 comes from a forward proxy between the client and the internet; a resource server is an origin server and never answers it.' },
    'proxy-forbidden': { notApplicable: 'Refusing a destination is the job of a forward proxy; a resource server only serves its own resources.' },
    'client-barred': 'clientBarred',
    'rate-limited': 'rateLimited',
    'anonymous-forbidden': 'anonymousForbidden',
    'not-found': 'notFound',
    gone: 'gone',
    'method-not-allowed': 'methodNotAllowed',
    'cors-preflight': 'cors',
    'cors-preflight-refused': 'cors',
    'authentication-required': 'challenge',
    'redirect-to-login': { notApplicable: 'A resource server serves API clients that hold tokens; it has no sign-in page to redirect to (a browser-facing app uses oauth2Login or formLogin, see Spring Security).' },
    'hidden-from-anonymous': 'notFound',
    'client-certificate-refused': { notApplicable: 'A missing or rejected client certificate is refused in the TLS handshake, configured in the servlet container or the TLS terminator in front, not in the filter chain.' },
    'malformed-credentials': 'malformed',
    'csrf-failed': {
      notApplicable:
        'OAuth2ResourceServerConfigurer tells the CSRF filter to ignore requests that carry a bearer token, since a browser never attaches one by itself; a token API has no CSRF check to fail.',
    },
    'invalid-credentials': 'invalidToken',
    'step-up-required': 'stepUp',
    'step-up-not-possible': 'stepUpNotPossible',
    'redirect-to-reauthenticate': { notApplicable: 'A resource server cannot show a sign-in page; API clients get the 401 insufficient_user_authentication challenge and go to the authorization server themselves.' },
    'account-barred': 'forbidden',
    'insufficient-scope': 'insufficientScope',
    'feature-unavailable': 'forbidden',
    forbidden: 'forbidden',
    'hidden-from-unauthorized': 'notFound',
    'forbidden-record': 'forbidden',
    'not-found-after-checks': 'notFound',
    allowed: 'allowed',
  },
});
