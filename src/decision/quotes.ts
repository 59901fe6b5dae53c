/**
 * RFC sentences quoted in several places (outcomes, policies), written once. Verbatim: the unit tests
 * check every citation that uses them against the excerpt of its section.
 */
import { prose } from './prose.ts';

/** Sentences that several outcomes and policies quote, written once. */
export const QUOTE = {
  forbidden: prose`
    The 403 (Forbidden) status code indicates that the server understood the request but refuses to fulfill it.
  `,
  sayWhy: prose`
    A server that wishes to make public why the request has been forbidden can describe that reason in the
    response content (if any).
  `,
  unrelatedToCredentials: 'However, a request might be forbidden for reasons unrelated to the credentials.',
  notFound: prose`
    The 404 (Not Found) status code indicates that the origin server did not find a current
    representation for the target resource or is not willing to disclose that one exists.
  `,
  challengeRequired: prose`
    The server generating a 401 response MUST send a WWW-Authenticate header field (Section 11.6.1)
    containing at least one challenge applicable to the target resource.
  `,
  omittedCredentials: prose`
    Upon receipt of a request for a protected resource that omits credentials, contains invalid
    credentials (e.g., a bad password) or partial credentials (e.g., when the authentication scheme
    requires more than one round trip), an origin server SHOULD send a 401 (Unauthorized) response that
    contains a WWW-Authenticate header field with at least one (possibly new) challenge applicable to
    the requested resource.
  `,
  invalidToken: prose`
    The access token provided is expired, revoked, malformed, or invalid for other reasons.  The
    resource SHOULD respond with the HTTP 401 (Unauthorized) status code.
  `,
  authorizationAfter401: prose`
    The "Authorization" header field allows a user agent to authenticate itself with an origin server --
    usually, but not necessarily, after receiving a 401 (Unauthorized) response.
  `,
  location: prose`
    The server SHOULD generate a Location header field in the response containing a URI reference for the different
    URI.
  `,
  postToGet: 'Note: For historical reasons, a user agent MAY change the request method from POST to GET for the subsequent request.',
  seeOtherGet: prose`
    A user agent can perform a retrieval request targeting that URI (a GET or HEAD request if using HTTP), which might
    also be redirected, and present the eventual result as an answer to the original request.
  `,
  seeOtherAfterPost: prose`
    It is primarily used to allow the output of a POST action to redirect the user agent to a different
    resource, since doing so provides the information corresponding to the POST response as a resource that
    can be separately identified, bookmarked, and cached.
  `,
  bearerChallengeRequired: prose`
    If the protected resource request does not include authentication credentials or does not contain an
    access token that enables access to the protected resource, the resource server MUST include the HTTP
    "WWW-Authenticate" response header field; it MAY include it in response to other conditions as well.
  `,
  refusedCredentials: prose`
    If the request included authentication credentials, then the 401 response indicates that authorization
    has been refused for those credentials.
  `,
  validNotAdequate: prose`
    A server that receives valid credentials that are not adequate to gain access ought to respond with the
    403 (Forbidden) status code (Section 15.5.4).
  `,
  insufficientCredentials: prose`
    If authentication credentials were provided in the request, the server considers them insufficient to grant
    access. The client SHOULD NOT automatically repeat the request with the same credentials. The client MAY
    repeat the request with new or different credentials.
  `,
  mayRetryWithOthers: 'The client MAY repeat the request with new or different credentials.',
  hideForbidden: prose`
    An origin server that wishes to "hide" the current existence of a forbidden target resource MAY instead
    respond with a status code of 404 (Not Found).
  `,
  omittedCredentialsSays401: prose`
    Upon receipt of a request for a protected resource that omits credentials, contains invalid
    credentials (e.g., a bad password) or partial credentials (e.g., when the authentication scheme
    requires more than one round trip), an origin server SHOULD send a 401 (Unauthorized) response
  `,
  credentialsProvided: 'If authentication credentials were provided in the request, the server considers them insufficient to grant access.',
  heuristic404: 'A 404 response is heuristically cacheable; i.e., unless otherwise indicated by the method definition or explicit cache controls',
} as const;
