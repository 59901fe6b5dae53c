/**
 * The response checker's island (Preact). It holds no rule: it reads the form, calls checkExchange from
 * the decision module's checker entry (not the decision index, so that the outcome data stays out of this
 * bundle) and renders the report. Result links carry the exchange in the URL fragment, compressed
 * (src/browser/check-share.ts): nothing is sent to a server. Page addresses come in as props, built by the
 * page from src/routes.ts.
 */
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkExchange, RULE_IDS, type CheckReport, type RequestFacts, type RuleId, type Severity } from '../decision/check/index.ts';
import { decodeFragment, encodeExchange } from '../browser/check-share.ts';
import { copySnippet } from '../browser/clipboard.ts';

/** What the island shows of a rule, from the page (the rules' words stay out of the island's bundle). */
export interface RuleView {
  title: string;
  /** The deciding sentence: a verbatim quote, or our paraphrase of a source we hold no text of. */
  text: string;
  /** The rule's own page. */
  page: string;
  /** The outcome page showing the right response, when the rule has one. */
  outcome?: { href: string; label: string };
  /** The cited section: its label, the project's excerpt page (quotes) or the source (paraphrases). */
  source: { label: string; href: string; paraphrased: boolean };
}

export interface Example {
  label: string;
  response: string;
  request: RequestFacts;
}

export interface CheckerProps {
  rules: Record<RuleId, RuleView>;
  examples: readonly Example[];
  paraphraseLabel: string;
}

type Who = '' | 'navigation' | 'code';
/** A yes/no fact the user may leave out: '' is "not given", which keeps the rules that need it silent. */
type Given = '' | 'no' | 'yes';
interface Form {
  response: string;
  method: string;
  authorization: '' | NonNullable<RequestFacts['authorization']>;
  cookie: Given;
  other: Given;
  certificate: boolean;
  origin: string;
  who: Who;
}

const EMPTY: Form = { response: '', method: '', authorization: '', cookie: '', other: '', certificate: false, origin: '', who: '' };
const given = (v: boolean | undefined): Given => (v === true ? 'yes' : v === false ? 'no' : '');
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const AUTH_OPTIONS = [
  ['', 'Not given'],
  ['none', 'None'],
  ['bearer', 'Bearer'],
  ['basic', 'Basic'],
  ['digest', 'Digest'],
  ['other', 'Another scheme'],
] as const;

function factsOf(form: Form): RequestFacts {
  const facts: RequestFacts = {};
  if (form.method.trim()) facts.method = form.method.trim().toUpperCase();
  if (form.authorization) facts.authorization = form.authorization;
  if (form.cookie) facts.cookie = form.cookie === 'yes';
  if (form.other) facts.otherCredentials = form.other === 'yes';
  if (form.certificate) facts.clientCertificateRequested = true;
  // The field asks for the origin of a cross-origin script request only: Origin also comes with same-origin POSTs.
  if (form.origin.trim()) {
    facts.origin = form.origin.trim();
    facts.crossOrigin = true;
  }
  if (form.who) facts.navigation = form.who === 'navigation';
  return facts;
}

/** The form for shared or example facts; anything of the wrong type is dropped. */
function formOf(response: string, facts: RequestFacts): Form {
  const f = (facts ?? {}) as Record<string, unknown>;
  const auth = AUTH_OPTIONS.find(([v]) => v !== '' && v === f.authorization)?.[0] ?? '';
  return {
    response,
    method: typeof f.method === 'string' ? f.method.slice(0, 32) : '',
    authorization: auth,
    cookie: given(typeof f.cookie === 'boolean' ? f.cookie : undefined),
    other: given(typeof f.otherCredentials === 'boolean' ? f.otherCredentials : undefined),
    certificate: f.clientCertificateRequested === true,
    origin: typeof f.origin === 'string' && f.crossOrigin !== false ? f.origin.slice(0, 2048) : '',
    who: f.navigation === true ? 'navigation' : f.navigation === false ? 'code' : '',
  };
}

function summary(report: CheckReport): string {
  if (!report.parsed) return `The response could not be read: ${report.problems[0]?.message ?? ''}`;
  const n = report.findings.length;
  if (n === 0) return `No findings for ${report.parsed.status}: none of the ${RULE_IDS.length} rules applies.`;
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const parts = (['error', 'warning', 'info'] as const).filter((s) => count(s) > 0).map((s) => `${count(s)} ${s}${count(s) > 1 && s !== 'info' ? 's' : ''}`);
  return `${n} finding${n > 1 ? 's' : ''} for ${report.parsed.status}: ${parts.join(', ')}.`;
}

export default function Checker({ rules, examples, paraphraseLabel }: CheckerProps) {
  const [form, setForm] = useState<Form>(EMPTY);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [link, setLink] = useState('');
  const [message, setMessage] = useState('');
  const [linkError, setLinkError] = useState('');
  const [ready, setReady] = useState(false);
  const linkField = useRef<HTMLInputElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const run = (f: Form) => {
    setReport(checkExchange({ response: f.response, request: factsOf(f) }));
    setLink('');
  };

  useEffect(() => {
    setReady(true);
    const open = async () => {
      const decoded = await decodeFragment(location.hash);
      if (!decoded) return;
      if (!decoded.ok) {
        setLinkError(decoded.message);
        return;
      }
      const f = formOf(decoded.exchange.response, decoded.exchange.request);
      setForm(f);
      run(f);
      setMessage('Opened the exchange from the link.');
    };
    void open();
    const onHash = () => void open();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    run(form);
    setMessage('');
    setLinkError('');
    requestAnimationFrame(() => resultsHeading.current?.focus());
  };

  const loadExample = (e: TargetedEvent<HTMLSelectElement>) => {
    const ex = examples[Number(e.currentTarget.value)];
    e.currentTarget.value = '';
    if (!ex) return;
    const f = formOf(ex.response, ex.request);
    setForm(f);
    run(f);
    setMessage(`Loaded the example "${ex.label}".`);
  };

  const share = async () => {
    const made = await encodeExchange({ response: form.response, request: factsOf(form) });
    if (!made.ok) {
      setLink('');
      setMessage(made.message);
      return;
    }
    const url = `${location.origin}${location.pathname}${location.search}#${made.fragment}`;
    history.replaceState(history.state, '', url);
    setLink(url);
    requestAnimationFrame(async () => {
      if (linkField.current) setMessage(await copySnippet(linkField.current, 'Result link'));
    });
  };

  const findings = report ? [...report.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) : [];

  return (
    <div class="checker" data-ready={ready ? 'true' : undefined}>
      {linkError && (
        <div class="notice" role="alert" data-testid="link-error">
          <h2>This result link cannot be opened</h2>
          <p>{linkError}</p>
          <p>Paste the response below to check it again.</p>
        </div>
      )}
      {/* The controls stay disabled until the island runs: a form submitted without the script would send the
          pasted response to the server in the query string, and nothing pasted here may leave the browser. */}
      <form class="checker-form" onSubmit={onSubmit}>
        <p class="checker-examples">
          <label for="checker-example">Load an example: </label>
          <select id="checker-example" onChange={loadExample} value="" disabled={!ready}>
            <option value="">Choose…</option>
            {examples.map((ex, i) => (
              <option value={String(i)} key={ex.label}>
                {ex.label}
              </option>
            ))}
          </select>
        </p>
        <label for="checker-response" class="checker-label">
          Response: status line, headers, optional body
        </label>
        <textarea
          id="checker-response"
          name="response"
          rows={10}
          spellcheck={false}
          autocomplete="off"
          placeholder={'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"'}
          value={form.response}
          disabled={!ready}
          onInput={(e) => set('response', e.currentTarget.value)}
        />
        <fieldset class="checker-request">
          <legend>What the request carried (optional; rules that need a fact you leave out stay silent)</legend>
          <div class="checker-fields">
            <label>
              Method
              <input name="method" disabled={!ready} value={form.method} onInput={(e) => set('method', e.currentTarget.value)} placeholder="GET" autocomplete="off" />
            </label>
            <label>
              Authorization
              <select name="authorization" disabled={!ready} value={form.authorization} onChange={(e) => set('authorization', e.currentTarget.value as Form['authorization'])}>
                {AUTH_OPTIONS.map(([v, label]) => (
                  <option value={v} key={v}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Cookie
              <select name="cookie" disabled={!ready} value={form.cookie} onChange={(e) => set('cookie', e.currentTarget.value as Given)}>
                <option value="">Not given</option>
                <option value="no">None</option>
                <option value="yes">A cookie</option>
              </select>
            </label>
            <label>
              Other credentials
              <select name="other" disabled={!ready} value={form.other} onChange={(e) => set('other', e.currentTarget.value as Given)} aria-describedby="checker-other-hint">
                <option value="">Not given</option>
                <option value="no">None</option>
                <option value="yes">Yes</option>
              </select>
            </label>
            <label>
              Origin, for a cross-origin fetch only
              <input name="origin" disabled={!ready} value={form.origin} onInput={(e) => set('origin', e.currentTarget.value)} placeholder="https://app.example" autocomplete="off" aria-describedby="checker-origin-hint" />
            </label>
            <label>
              Sent by
              <select name="who" disabled={!ready} value={form.who} onChange={(e) => set('who', e.currentTarget.value as Who)}>
                <option value="">Not given</option>
                <option value="navigation">A person's browser loading a page</option>
                <option value="code">Code (fetch, XHR, an API client)</option>
              </select>
            </label>
            <label class="checker-check">
              <input type="checkbox" name="certificate" disabled={!ready} checked={form.certificate} onChange={(e) => set('certificate', e.currentTarget.checked)} /> The server asked for a client
              certificate (mutual TLS)
            </label>
          </div>
          <p class="muted" id="checker-other-hint">
            Other credentials: an API key in a header such as X-API-Key, a client certificate (mutual TLS), or a token in
            the body or the query. "No credentials at all" takes None in all three credential fields.
          </p>
          <p class="muted" id="checker-origin-hint">
            Leave Origin empty for same-origin requests and page loads: browsers send it on same-origin POSTs too.
          </p>
        </fieldset>
        <div class="button-row">
          <button type="submit" class="button" disabled={!ready}>
            Check the response
          </button>
          <button type="button" class="button" onClick={() => void share()} disabled={!ready || !report}>
            Copy result link
          </button>
        </div>
      </form>
      <p role="status" class="share-status" data-testid="checker-message">
        {message}
      </p>
      {link && (
        <p class="checker-link">
          <label for="checker-link">Result link (the exchange is in the part after #, which browsers never send to a server)</label>
          <input id="checker-link" ref={linkField} readOnly value={link} data-testid="result-link" />
        </p>
      )}
      <section aria-labelledby="checker-results" class="checker-results">
        <h2 id="checker-results" tabIndex={-1} ref={resultsHeading}>
          Findings
        </h2>
        <p aria-live="polite" data-testid="checker-summary">
          {report ? summary(report) : 'Paste a response and press "Check the response".'}
        </p>
        {report && report.problems.length > 0 && (
          <ul class="checker-problems" data-testid="checker-problems">
            {report.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        )}
        {findings.length > 0 && (
          <ol class="checker-findings" data-testid="checker-findings">
            {findings.map((f, i) => {
              const l = rules[f.rule];
              return (
                <li key={i} class={`finding finding-${f.severity}`} data-rule={f.rule}>
                  <p class="finding-head">
                    <span class="severity">{f.severity}</span> <a href={l.page}>{l.title}</a>
                  </p>
                  <p>{f.message}</p>
                  {l.source.paraphrased ? (
                    <p class="paraphrase">
                      {l.text} <em>({paraphraseLabel})</em>
                    </p>
                  ) : (
                    <blockquote class="rfc" cite={l.source.href}>
                      <p>{l.text}</p>
                    </blockquote>
                  )}
                  <p class="finding-links">
                    <a href={l.source.href}>{l.source.label}</a>
                    {l.outcome && (
                      <>
                        {' · '}The right response: <a href={l.outcome.href}>{l.outcome.label}</a>
                      </>
                    )}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
