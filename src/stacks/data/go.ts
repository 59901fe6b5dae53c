import type { Fact, Source } from '../types.ts';
import { defineStack } from '../types.ts';

/**
 * Go's standard library: net/http (ServeMux, http.Error, Header().Set) and crypto/tls. It has no
 * authentication, no authorization, no CORS and no rate limiting: every refusal below is a few lines of
 * middleware, and the snippets write the status and headers themselves.
 */

const SRC = {
  muxMethods: { repo: 'golang/go', path: 'src/net/http/server.go' },
  routingTree: { repo: 'golang/go', path: 'src/net/http/routing_tree.go' },
  routingProposal: { repo: 'golang/go', issue: 61410 },
  api122: { repo: 'golang/go', path: 'api/go1.22.txt' },
  request: { repo: 'golang/go', path: 'src/net/http/request.go' },
  csrf: { repo: 'golang/go', path: 'src/net/http/csrf.go' },
  csrfProposal: { repo: 'golang/go', issue: 73626 },
  api125: { repo: 'golang/go', path: 'api/go1.25.txt' },
  tls: { repo: 'golang/go', path: 'src/crypto/tls/common.go' },
  rate: { repo: 'golang/time', path: 'rate/rate.go' },
} as const satisfies Record<string, Source>;

const FACT = {
  noAuth: {
    text: `net/http has no authentication: a registered handler runs for every request. The only credential helper is Request.BasicAuth, which parses a Basic header; Bearer tokens, the 401, the challenge and the 403 are yours to write.`,
    sources: [SRC.request, SRC.muxMethods],
  },
  notFound: {
    text: `A URL that matches no pattern gets http.NotFound: 404 "404 page not found" written by http.Error, without WWW-Authenticate. http.Error always answers text/plain: it replaces any Content-Type set before it and adds X-Content-Type-Options: nosniff.`,
    sources: [SRC.muxMethods],
  },
  hiding: {
    text: `Nothing hides a resource: the handler (or your authentication middleware in front of it) decides, so a middleware that answers 401 to anonymous callers reveals that something is there.`,
    sources: [SRC.muxMethods],
  },
  methods: {
    text: `Since Go 1.22 a pattern can name a method ("GET /invoices/{id}", which also serves HEAD); when the path matches a pattern but the method matches none, ServeMux answers 405 with an Allow header listing the methods that would match (HEAD included wherever GET is).`,
    since: 'Go 1.22',
    sources: [SRC.muxMethods, SRC.routingTree, SRC.routingProposal, SRC.api122],
  },
  gone: {
    text: `net/http has no notion of a removed resource: once the pattern is gone, the URL gets the 404 "404 page not found".`,
    sources: [SRC.muxMethods],
  },
  preflight: {
    text: `net/http answers no preflight. With method patterns, an OPTIONS preflight to a path registered only as "GET /…" or "PUT /…" gets ServeMux's 405, which fails the preflight.`,
    since: 'Go 1.22',
    sources: [SRC.muxMethods],
  },
  rateLimit: {
    text: `net/http has no rate limiting. golang.org/x/time/rate (the Go project's token bucket) says whether a request may go ahead; the 429 and its Retry-After are yours to write.`,
    sources: [SRC.rate],
  },
  csrf: {
    text: `Since Go 1.25 http.CrossOriginProtection rejects unsafe cross-origin browser requests (judged by Sec-Fetch-Site, else Origin against Host) with 403 Forbidden via http.Error, a text/plain body; SetDenyHandler replaces that response.`,
    since: 'Go 1.25',
    sources: [SRC.csrf, SRC.csrfProposal, SRC.api125],
  },
  clientCert: {
    text: `tls.Config.ClientAuth decides in the handshake: RequireAndVerifyClientCert refuses a missing or invalid certificate before any HTTP, VerifyClientCertIfGiven lets a connection without one through (and refuses an invalid one), leaving r.TLS.VerifiedChains empty for the handler to check.`,
    sources: [SRC.tls],
  },
  redirect: {
    text: `net/http has no sign-in redirect. http.Redirect writes Location and the status you pass (and, for a GET, a short HTML body with the link).`,
    sources: [SRC.muxMethods],
  },
  allowed: {
    text: `A handler that writes a body without calling WriteHeader answers 200.`,
    sources: [SRC.muxMethods],
  },
} as const satisfies Record<string, Fact>;

export const go = defineStack({
  id: 'go',
  name: 'Go net/http',
  version: 'Go 1.25 standard library (net/http, crypto/tls)',
  scheme: 'bearer',
  summary: `Go's standard library routes requests with http.ServeMux and leaves authentication to middleware you write: nothing answers 401 or 403 unless your code does. Since Go 1.22 method patterns give 405 with Allow for free; everything else is w.Header().Set, WriteHeader and a body.`,
  recipes: {
    notFound: {
      title: '404 with the API’s shared body and challenge',
      default: FACT.notFound,
      trap: false,
      lang: 'go',
      code: `package api

import (
	"encoding/json"
	"net/http"
)

// notFound is the API's one 404: unmatched URLs, missing records and hidden ones look the same.
func notFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", \`Bearer realm="api"\`)
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Not Found", "status": 404})
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/", notFound) // the catch-all pattern: every URL no other pattern matches
}`,
      note: 'Not http.Error: it would reset Content-Type to text/plain.',
    },
    hide: {
      title: '404 that hides the resource',
      default: FACT.hiding,
      trap: false,
      lang: 'go',
      code: `package api

import (
	"encoding/json"
	"net/http"
)

// No authentication middleware on this route: a failure must look like a missing invoice.
func getInvoice(w http.ResponseWriter, r *http.Request) {
	user, _ := authenticate(r) // nil when the token is missing or invalid
	invoice, found := findInvoice(r.PathValue("id"))
	if user == nil || !found || !canRead(user, invoice) {
		notFound(w, r) // 404 + WWW-Authenticate: Bearer realm="api", as for every 404
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(invoice)
}`,
      note: 'notFound is the shared handler of the 404 recipe. Legitimate clients must send their token up front.',
    },
    gone: {
      title: '410 for a removed endpoint',
      default: FACT.gone,
      trap: false,
      lang: 'go',
      code: `package api

import "net/http"

func routes(mux *http.ServeMux) {
	// Outside the authentication middleware: the answer is the same for every caller.
	mux.HandleFunc("/v1/reports/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusGone)
		w.Write([]byte(\`{"type":"https://example.com/probs/gone","title":"Gone","status":410}\`))
	})
}`,
    },
    methodNotAllowed: {
      title: '405 with Allow from method patterns',
      default: FACT.methods,
      trap: false,
      lang: 'go',
      code: `package main

import (
	"fmt"
	"net/http"
)

func main() {
	mux := http.NewServeMux()
	// A method in the pattern: DELETE /invoices/42 gets 405 with "Allow: GET, HEAD".
	mux.HandleFunc("GET /invoices/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, \`{"id":%q}\`, r.PathValue("id"))
	})
	http.ListenAndServe(":8080", mux)
}`,
      headersBy: `net/http's ServeMux writes Allow with the methods of the patterns that match the path, and answers 405 (as text/plain).`,
      note: 'Without a method in the pattern ("/invoices/{id}") every method reaches the handler, which must then answer 405 and set Allow itself.',
    },
    cors: {
      title: 'Preflight answered before the mux and authentication',
      default: FACT.preflight,
      trap: true,
      lang: 'go',
      code: `package api

import "net/http"

// Wraps everything: the preflight carries no token and must not reach authentication or the mux's 405.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Origin") == "https://app.example.com" {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", "https://app.example.com")
			h.Set("Access-Control-Allow-Credentials", "true") // only with fetch(..., { credentials: "include" })
			h.Add("Vary", "Origin")
			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				h.Set("Access-Control-Allow-Methods", "GET, PUT, DELETE")
				h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
				h.Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}`,
    },
    corsRefused: {
      title: '403 to a preflight from another origin',
      default: FACT.preflight,
      trap: false,
      lang: 'go',
      code: `package api

import "net/http"

// In front of withCORS: a preflight from an origin not on the list.
func refuseOtherOrigins(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if r.Method != http.MethodOptions || origin == "" || origin == "https://app.example.com" {
			next.ServeHTTP(w, r)
			return
		}
		// No Access-Control-Allow-* at all: their absence is what blocks the request.
		w.Header().Set("Vary", "Origin")
		http.Error(w, "CORS request refused: this origin is not allowed.", http.StatusForbidden)
	})
}`,
    },
    rateLimit: {
      title: '429 with Retry-After',
      default: FACT.rateLimit,
      trap: false,
      lang: 'go',
      code: `package api

import (
	"net/http"
	"strconv"
	"time"

	"golang.org/x/time/rate"
)

// One limiter per client in practice (keyed by API key or address); one shared here to stay short.
var limiter = rate.NewLimiter(rate.Every(600*time.Millisecond), 10) // 100 a minute, bursts of 10

func limit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		res := limiter.Reserve()
		if wait := res.Delay(); wait > 0 {
			res.Cancel()
			w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusTooManyRequests)
			w.Write([]byte(\`{"type":"https://example.com/probs/rate-limited","title":"Too many requests","status":429}\`))
			return
		}
		next.ServeHTTP(w, r)
	})
}`,
    },
    clientBlocked: {
      title: '403 to a blocked client, before anything else',
      default: FACT.noAuth,
      trap: false,
      lang: 'go',
      code: `package api

import (
	"net"
	"net/http"
)

// The outermost middleware: the same answer for every URL, and no challenge.
func blockClients(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, _ := net.SplitHostPort(r.RemoteAddr) // behind a proxy: the address it forwards
		if !isBlocked(host) {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusForbidden)
		w.Write([]byte(\`{"type":"https://example.com/probs/client-blocked","title":"Access from your network is blocked","status":403}\`))
	})
}`,
    },
    clientCert: {
      title: '403 when the client certificate is missing',
      default: FACT.clientCert,
      trap: false,
      lang: 'go',
      code: `package main

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
)

func serve(handler http.Handler, clientCAs *x509.CertPool) error {
	srv := &http.Server{
		Addr: ":8443",
		// An invalid certificate still fails the handshake; a missing one reaches HTTP and gets 403.
		TLSConfig: &tls.Config{ClientAuth: tls.VerifyClientCertIfGiven, ClientCAs: clientCAs},
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.TLS == nil || len(r.TLS.VerifiedChains) == 0 {
				w.Header().Set("Content-Type", "application/problem+json")
				w.WriteHeader(http.StatusForbidden)
				w.Write([]byte(\`{"type":"https://example.com/probs/client-certificate-required","title":"Client certificate required","status":403}\`))
				return
			}
			handler.ServeHTTP(w, r)
		}),
	}
	return srv.ListenAndServeTLS("server.crt", "server.key")
}`,
    },
    csrf: {
      title: '403 for a cross-origin unsafe request',
      default: FACT.csrf,
      trap: false,
      lang: 'go',
      code: `package api

import "net/http"

// Session-cookie routes only: a Bearer token is never sent by the browser on its own.
func protect(mux *http.ServeMux) http.Handler {
	cop := http.NewCrossOriginProtection()
	// The default answer is already 403; this gives the reason a problem+json body.
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusForbidden)
		w.Write([]byte(\`{"type":"https://example.com/probs/csrf-token-invalid","title":"Cross-origin request refused","status":403}\`))
	}))
	return cop.Handler(mux)
}`,
    },
    challenge: {
      title: '401 with a Bearer challenge',
      default: FACT.noAuth,
      trap: false,
      lang: 'go',
      code: `package api

import (
	"net/http"
	"strings"
)

// Authentication middleware: no token at all is a 401 with a bare challenge (no error code).
func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		if auth == "" || !strings.HasPrefix(strings.ToLower(auth), "bearer ") {
			w.Header().Set("WWW-Authenticate", \`Bearer realm="api"\`)
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusUnauthorized)
			w.Write([]byte(\`{"type":"https://example.com/probs/authentication-required","title":"Authentication required","status":401}\`))
			return
		}
		next.ServeHTTP(w, r) // the token itself is checked next (invalid-token recipe)
	})
}`,
    },
    invalidToken: {
      title: '401 with error="invalid_token"',
      default: FACT.noAuth,
      trap: false,
      lang: 'go',
      code: `package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

func checkToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token := strings.TrimSpace(r.Header.Get("Authorization")[len("Bearer "):])
		claims, err := verifyToken(token)
		if err != nil {
			desc := "The access token is invalid"
			if errors.Is(err, errTokenExpired) {
				desc = "The access token expired"
			}
			w.Header().Set("WWW-Authenticate", fmt.Sprintf(\`Bearer realm="api", error="invalid_token", error_description=%q\`, desc))
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprintf(w, \`{"type":"https://example.com/probs/invalid-token","title":"Invalid access token","status":401,"detail":%q}\`, desc)
			return
		}
		next.ServeHTTP(w, r.WithContext(withClaims(r.Context(), claims)))
	})
}`,
      note: 'Runs after requireToken (the 401 recipe), which has already checked that the header starts with "Bearer ".',
    },
    malformed: {
      title: '400 with error="invalid_request"',
      default: FACT.noAuth,
      trap: false,
      lang: 'go',
      code: `package api

import "net/http"

// Before checking the token: a token sent both in the header and in the query is a malformed request.
func rejectDuplicateTokens(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" || !r.URL.Query().Has("access_token") {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("WWW-Authenticate",
			\`Bearer realm="api", error="invalid_request", error_description="The access token was sent in more than one place"\`)
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(\`{"type":"https://example.com/probs/invalid-request","title":"Malformed credentials","status":400}\`))
	})
}`,
    },
    anonymous403: {
      title: '403 to an anonymous caller, keeping the Bearer challenge',
      default: FACT.noAuth,
      trap: false,
      lang: 'go',
      code: `package api

import "net/http"

// The always-403 policy: no credentials at all get 403, still with the challenge (RFC 6750 §3).
func requireTokenOr403(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "" {
			next.ServeHTTP(w, r) // sent and rejected later: 401 or 400
			return
		}
		w.Header().Set("WWW-Authenticate", \`Bearer realm="api"\`)
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusForbidden)
		w.Write([]byte(\`{"type":"https://example.com/probs/authentication-required","title":"Authentication required","status":403,"detail":"Send your credentials with the request; this API does not challenge for them."}\`))
	})
}`,
    },
    stepUp: {
      title: '401 with error="insufficient_user_authentication"',
      default: FACT.noAuth,
      trap: false,
      lang: 'go',
      code: `package api

import (
	"fmt"
	"net/http"
	"time"
)

// After checkToken: the claims say how and when the user signed in.
func requireRecentMFA(maxAge time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := claimsFrom(r.Context())
		if c.ACR == "mfa" && time.Since(time.Unix(c.AuthTime, 0)) <= maxAge {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("WWW-Authenticate", fmt.Sprintf(\`Bearer realm="api", error="insufficient_user_authentication", \`+
			\`error_description="A sign-in with MFA within the last 5 minutes is required", acr_values="mfa", max_age=%d\`, int(maxAge.Seconds())))
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte(\`{"type":"https://example.com/probs/step-up-required","title":"A stronger or more recent sign-in is required","status":401}\`))
	})
}`,
    },
    stepUpImpossible: {
      title: '403 when the credentials cannot prove a sign-in',
      default: FACT.noAuth,
      trap: false,
      lang: 'go',
      code: `package api

import "net/http"

// After authentication with a scheme that carries no user sign-in (an API key, a client certificate).
func requireUserSignIn(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if credentialKind(r.Context()) == "user-token" {
			next.ServeHTTP(w, r)
			return
		}
		// No challenge: these credentials could never answer one.
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusForbidden)
		w.Write([]byte(\`{"type":"https://example.com/probs/user-sign-in-required","title":"This operation needs a person’s recent sign-in","status":403}\`))
	})
}`,
    },
    forbidden: {
      title: '403 with a reason and a bare Bearer challenge',
      default: FACT.noAuth,
      trap: false,
      lang: 'go',
      code: `package api

import (
	"encoding/json"
	"net/http"
)

// forbid refuses an authenticated caller: a suspended account, a role, a plan, someone else's record.
func forbid(w http.ResponseWriter, typ, title, detail string) {
	w.Header().Set("WWW-Authenticate", \`Bearer realm="api"\`) // RFC 6750 §3: no error code fits
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusForbidden)
	json.NewEncoder(w).Encode(map[string]any{"type": typ, "title": title, "status": 403, "detail": detail})
}

func deleteInvoice(w http.ResponseWriter, r *http.Request) {
	if !claimsFrom(r.Context()).HasRole("admin") {
		forbid(w, "https://example.com/probs/role-forbidden", "Not allowed for your role", "Your role (viewer) may not delete invoices.")
		return
	}
	// ...
}`,
    },
    insufficientScope: {
      title: '403 with error="insufficient_scope"',
      default: FACT.noAuth,
      trap: false,
      lang: 'go',
      code: `package api

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// After checkToken: the claims carry the token's scope.
func requireScope(scope string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if slices.Contains(strings.Fields(claimsFrom(r.Context()).Scope), scope) {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("WWW-Authenticate",
			fmt.Sprintf(\`Bearer realm="api", error="insufficient_scope", error_description="%s is required", scope="%s"\`, scope, scope))
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusForbidden)
		w.Write([]byte(\`{"type":"https://example.com/probs/insufficient-scope","title":"Insufficient scope","status":403}\`))
	})
}`,
    },
    loginRedirect: {
      title: 'Redirect to the sign-in page, with the way back',
      default: FACT.redirect,
      trap: false,
      lang: 'go',
      code: `package web

import (
	"net/http"
	"net/url"
)

// Page routes with a cookie session: send the person to sign in, then back.
func requireLogin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if sessionUser(r) != nil {
			next.ServeHTTP(w, r)
			return
		}
		code := http.StatusFound // 302
		if r.Method == http.MethodPost {
			code = http.StatusSeeOther // 303: the sign-in page is fetched with GET
		}
		http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), code)
	})
}`,
      note: 'Only for page loads: fetch() calls of the same app get 401 (the "challenge" recipe), not a redirect they would follow silently.',
    },
    reauthRedirect: {
      title: 'Redirect to confirm the sign-in',
      default: FACT.redirect,
      trap: false,
      lang: 'go',
      code: `package web

import (
	"net/http"
	"net/url"
	"time"
)

// Page routes: the session is valid but the password was last confirmed too long ago.
func requireFreshLogin(maxAge time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if time.Since(sessionConfirmedAt(r)) <= maxAge {
			next.ServeHTTP(w, r)
			return
		}
		code := http.StatusFound // 302
		if r.Method == http.MethodPost {
			code = http.StatusSeeOther // 303
		}
		http.Redirect(w, r, "/reauthenticate?next="+url.QueryEscape(r.URL.RequestURI()), code)
	})
}`,
    },
    allowed: {
      title: '200 for the authenticated caller',
      default: FACT.allowed,
      trap: false,
      lang: 'go',
      code: `package api

import (
	"encoding/json"
	"net/http"
)

// Behind requireToken and checkToken.
func getInvoice(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]any{"id": r.PathValue("id"), "total": "19.99"})
}`,
    },
  },
  cells: {
    'proxy-authentication-required': {
      notApplicable: 'A 407 comes from a forward proxy that the client chose; a Go server built on net/http is the origin server, and httputil.ReverseProxy is a reverse proxy that speaks for it.',
    },
    'proxy-forbidden': {
      notApplicable: 'Only a forward proxy refuses a destination; a Go server built on net/http is the destination.',
    },
    'client-barred': 'clientBlocked',
    'rate-limited': 'rateLimit',
    'not-found': 'notFound',
    gone: 'gone',
    'method-not-allowed': 'methodNotAllowed',
    'cors-preflight': 'cors',
    'cors-preflight-refused': 'corsRefused',
    'authentication-required': 'challenge',
    'redirect-to-login': 'loginRedirect',
    'hidden-from-anonymous': 'hide',
    'client-certificate-refused': 'clientCert',
    'malformed-credentials': 'malformed',
    'csrf-failed': 'csrf',
    'invalid-credentials': 'invalidToken',
    'step-up-required': 'stepUp',
    'step-up-not-possible': 'stepUpImpossible',
    'redirect-to-reauthenticate': 'reauthRedirect',
    'account-barred': 'forbidden',
    'insufficient-scope': 'insufficientScope',
    'feature-unavailable': 'forbidden',
    forbidden: 'forbidden',
    'hidden-from-unauthorized': 'hide',
    'forbidden-record': 'forbidden',
    'not-found-after-checks': 'notFound',
    'anonymous-forbidden': 'anonymous403',
    allowed: 'allowed',
  },
});
