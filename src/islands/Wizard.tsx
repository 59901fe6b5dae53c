/**
 * The wizard: the site's main island (Preact: React's API at a fraction of the bytes). It holds no decision logic; it reads the answers from the
 * URL query, asks decide() where they lead, renders that, and writes each new answer back to the URL
 * so that every step is a link and back/forward work. Without JavaScript the server-rendered markup
 * still works: its answers are plain links to the static question and outcome pages.
 */
import type { RefObject, TargetedMouseEvent } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  fromQuery,
  isOutcomeSlug,
  OUTCOMES,
  positionId,
  QUESTIONS,
  questionsLeft,
  resolve,
  SETTING_IDS,
  SETTING_TEXT,
  SETTINGS,
  settingsSummary,
  settingValueText,
  START,
  toQuery,
  variantFor,
  type Decision,
  type NodeId,
  type Outcome,
  type SettingId,
  type Settings,
  type Step,
} from '../decision/index.ts';
import { nodeSelector } from '../flowchart/mermaid.ts';
import { VIEW_IDS } from '../flowchart/views.ts';
import { showHighlight } from '../flowchart/highlight.ts';
import { copySnippet } from '../browser/clipboard.ts';
import { nodePath, outcomePath, withBase, withQuery } from '../routes.ts';
import { statusClass } from '../site/status.ts';
import {
  outcomeHeading,
  outcomeName,
  policyAnswers,
  requirementText,
  shareSnippets,
  walkedAnswers,
  wizardPath,
  type Snippet,
} from '../view/view-model.ts';
import { atOrigin } from '../site/origin.ts';
import { decisiveQuote } from '../view/snippets.ts';
import {
  parseStackParam,
  STACK_STORAGE_KEY,
  stackSectionLink,
  withStackParam,
} from '../view/stack-link.ts';
import { wizardMention, type WizardStack } from '../view/wizard-stacks.ts';
import type { StackId } from '../stacks/types.ts';

export interface WizardProps {
  /** The site's base path, ending in a slash. */
  base: string;
  /** The site's absolute URL, base included: share links use its path at the origin the page is read at. */
  site: string;
  /** The stacks a visitor may name (?stack=): names and recipe titles only, from src/view/stack-view.ts. */
  stacks?: readonly WizardStack[];
}

const SITE_NAME = '401 or 403?';

const EMPTY: Decision = { path: [], byPolicy: [], current: { kind: 'question', id: START }, settings: DEFAULT_SETTINGS, ignored: [], notes: [] };

/** "403 Forbidden · 401 or 403?" at a result, the question at a step: history and tabs read well. */
function titleFor(decision: Decision, initial: string): string {
  if (decision.current.kind === 'outcome') return `${outcomeHeading(OUTCOMES[decision.current.slug])} · ${SITE_NAME}`;
  if (decision.path.length === 0) return initial || SITE_NAME;
  return `${QUESTIONS[decision.current.id].prompt} · ${SITE_NAME}`;
}

function announce(decision: Decision): string {
  if (decision.current.kind === 'outcome') {
    const o = OUTCOMES[decision.current.slug];
    return `Result: ${outcomeHeading(o)}. ${o.verdict}`;
  }
  return `Question ${decision.path.length + 1}: ${QUESTIONS[decision.current.id].prompt}`;
}

export default function Wizard({ base, site, stacks = [] }: WizardProps) {
  const stackIds = stacks.map((s) => s.id);
  /** The address's query without its stack, for the decision's codec (which would report `stack` as ignored). */
  const answersQuery = () => parseStackParam(window.location.search, stackIds).rest;
  /** The stack in the address: it rides along every step (?…&stack=spring). */
  const stackInUrl = () => parseStackParam(window.location.search, stackIds).stack;
  const [decision, setDecision] = useState<Decision>(EMPTY);
  const [stack, setStack] = useState<StackId | null>(null);
  const [hydrated, setHydrated] = useState(false);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  /** The page's own title, for the first question. */
  const initialTitle = useRef('');

  useEffect(() => {
    initialTitle.current = document.title;
  }, []);

  useEffect(() => {
    const read = () => {
      setDecision(fromQuery(answersQuery()));
      setStack(stackInUrl());
    };
    read();
    setHydrated(true);
    const onPop = () => {
      moved.current = true;
      read();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!hydrated) return;
    const end = positionId(decision.current);
    showHighlight(document, decision.path, end);
    centerOnChart(end);
    setMessage(announce(decision));
    document.title = titleFor(decision, initialTitle.current);
    if (moved.current) headingRef.current?.focus();
    moved.current = false;
  }, [decision, hydrated]);

  const go = useCallback((path: Step[], settings: Settings, replace = false, focus = true) => {
    const url = `${window.location.pathname}${withStackParam(toQuery(path, settings), stackInUrl())}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    moved.current = focus;
    setDecision(fromQuery(toQuery(path, settings)));
  }, []);

  const { path, current, ignored, notes, settings } = decision;

  /** Plain links before hydration (static pages), share links after. */
  const linkFor = (path: Step[], next: NodeId) => withBase(base, hydrated ? withStackParam(wizardPath(path, settings), stack) : nodePath(next));
  const onLink = (path: Step[]) => (event: TargetedMouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(path, settings);
  };
  /** A new setting keeps the answers: only where a few of them lead changes. */
  const choose = (id: SettingId, value: string) => go(path, { ...settings, [id]: value }, false, false);
  /** The stack changes no answer: it goes into the address as it is, and is remembered for the outcome pages. */
  const chooseStack = (value: string) => {
    const next = stackIds.find((id) => id === value) ?? null;
    window.history.replaceState(null, '', `${window.location.pathname}${withStackParam(answersQuery(), next)}`);
    setStack(next);
    try {
      window.localStorage.setItem(STACK_STORAGE_KEY, next ?? '');
    } catch {
      /* storage disabled: the address still carries the stack */
    }
  };
  const chosenStack = stacks.find((s) => s.id === stack);
  const left = questionsLeft(positionId(current));
  const total = path.length + left;

  /** What a hand-edited or old link taught us: ignored answers, and how an old link was read. */
  const notices = (
    <>
      {ignored.length > 0 && (
        <div className="notice" role="alert" data-testid="ignored-notice">
          <h2>Part of this link could not be used</h2>
          <p>
            {path.length > 0
              ? `We understood ${path.length} answer${path.length === 1 ? '' : 's'} (listed below) and ignored the rest:`
              : 'None of its answers could be used:'}
          </p>
          <ul>
            {ignored.map((item, i) => (
              // The same pair can be ignored twice (?x=1&x=1): the position keeps keys unique.
              <li key={`${i}:${item.key}=${item.value}`}>{item.message}</li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="button" onClick={() => go(path, settings, true)}>
              Continue from here
            </button>
            <button type="button" className="button" onClick={() => go([], DEFAULT_SETTINGS)}>
              Start over
            </button>
          </div>
        </div>
      )}

      {notes.length > 0 && (
        <div className="notice" role="status" data-testid="legacy-notice">
          {notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
    </>
  );

  /** The settings (scheme, client): on the first screen, folded to one line (they have defaults) until opened. */
  const setup = (
    <details className="setup" data-testid="setup">
      <summary>
        Your setup: <strong>{settingsSummary(settings)}</strong>
        {chosenStack && (
          <>
            ; <strong>{chosenStack.name}</strong>
          </>
        )}{' '}
        · change
      </summary>
      {SETTING_IDS.map((id) => (
        <fieldset key={id}>
          <legend>{SETTING_TEXT[id].prompt}</legend>
          <p className="muted">{SETTING_TEXT[id].hint}</p>
          {SETTINGS[id].map((value) => {
            const words = settingValueText(id, value as never);
            return (
              <label key={value}>
                <input
                  type="radio"
                  name={id}
                  value={value}
                  checked={settings[id] === value}
                  onChange={() => choose(id, value)}
                  data-setting={id}
                />{' '}
                <strong>{words.label}</strong> <span className="muted">{words.hint}</span>
              </label>
            );
          })}
        </fieldset>
      ))}
      {hydrated && stacks.length > 0 && (
        <p className="stack-choice">
          <label htmlFor="wizard-stack">Your stack (optional)</label>{' '}
          <select id="wizard-stack" value={stack ?? ''} onChange={(event) => chooseStack(event.currentTarget.value)}>
            <option value="">None</option>
            {stacks.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </p>
      )}
    </details>
  );

  /** The answers so far, each with a link to change it: open while answering, folded at a result. */
  const answers = (open: boolean) =>
    path.length > 0 && (
      <details className="wizard-answers" open={open} data-testid="your-answers">
        <summary>
          <strong>
            {path.length} answer{path.length === 1 ? '' : 's'}
          </strong>{' '}
          · change
        </summary>
        <nav aria-label="Your answers">
          <ol>
            {walkedAnswers(path, settings).map((a, i) => (
              <li key={a.question}>
                <span>{a.prompt}</span> <strong>{a.label}</strong>{' '}
                <a href={linkFor(path.slice(0, i), a.question)} onClick={onLink(path.slice(0, i))} aria-label={a.changeLabel}>
                  Change
                </a>
              </li>
            ))}
            {policyAnswers(decision.byPolicy, settings).map((a) => (
              <li key={a.question} data-testid="policy-answer">
                <span>{a.prompt}</span> <strong>{a.label}</strong>{' '}
                <span className="muted">
                  (answered by your policy: <a href={withBase(base, a.policyPage)}>{a.policy}</a>)
                </span>
              </li>
            ))}
          </ol>
        </nav>
      </details>
    );

  return (
    <section className="wizard" aria-labelledby="wizard-heading" onKeyDown={pressLikeAButton}>
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {message}
      </p>

      {current.kind === 'question' && (
        <>
          <h1>401 or 403? Find the right status, with the RFC text that proves it</h1>
          <p className="lead">
            Answer a few questions about the request your server is refusing. Each answer is kept in the address bar, so every step and
            every result is a link you can paste into a code review.
          </p>
          {notices}
          {setup}
          {answers(true)}
        </>
      )}

      {current.kind === 'question' ? (
        <div className="wizard-step" data-testid="question" data-question={current.id}>
          <p className="muted progress-text">
            <label htmlFor="wizard-progress">
              Question {path.length + 1} of at most {total}
            </label>{' '}
            <progress id="wizard-progress" value={path.length} max={total} />
          </p>
          <h2 id="wizard-heading" ref={headingRef} tabIndex={-1}>
            {QUESTIONS[current.id].prompt}
          </h2>
          <p className="muted">{QUESTIONS[current.id].hint}</p>
          <ul className="answers">
            {QUESTIONS[current.id].answers.map((a) => {
              const next = [...path, { question: current.id, answer: a.id }];
              return (
                <li key={a.id}>
                  <a className="answer" href={linkFor(next, resolve(a.next, settings))} onClick={onLink(next)} data-answer={a.id}>
                    <strong>{a.label}</strong>
                    <span>{a.hint}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <>
          <Result slug={current.slug} path={path} settings={settings} base={base} site={site} headingRef={headingRef} stack={chosenStack} />
          {notices}
          {answers(false)}
          {setup}
        </>
      )}

      {(path.length > 0 || ignored.length > 0) && (
        <p className="button-row">
          {path.length > 0 && (
            <a className="button" href={linkFor(path.slice(0, -1), path.at(-1)!.question)} onClick={onLink(path.slice(0, -1))}>
              Back one question
            </a>
          )}
          <a
            className="button"
            href={withBase(base)}
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              go([], DEFAULT_SETTINGS);
            }}
          >
            Start over
          </a>
        </p>
      )}
    </section>
  );
}

/**
 * Answer cards and the Back and Start over links look like buttons, so Space presses them as it
 * presses a button (Enter already follows a link); Space would otherwise scroll the page.
 */
function pressLikeAButton(event: KeyboardEvent) {
  const target = event.target;
  if (event.key !== ' ' || !(target instanceof HTMLAnchorElement) || !target.matches('.answer, .button')) return;
  event.preventDefault();
  target.click();
}

/** Scrolls each flowchart box that shows the current node (never the page) so that the node is in view. */
function centerOnChart(id: NodeId) {
  for (const view of VIEW_IDS) {
    const node = document.querySelector(nodeSelector(view, id));
    const box = node?.closest<HTMLElement>('.flowchart-scroll');
    if (!box || !node || box.scrollWidth <= box.clientWidth) continue;
    const b = box.getBoundingClientRect();
    const n = node.getBoundingClientRect();
    box.scrollLeft += n.left + n.width / 2 - (b.left + b.width / 2);
  }
}

function Result({
  slug,
  path,
  settings,
  base,
  site,
  headingRef,
  stack,
}: {
  slug: string;
  path: Step[];
  settings: Settings;
  base: string;
  site: string;
  headingRef: RefObject<HTMLHeadingElement>;
  stack: WizardStack | undefined;
}) {
  if (!isOutcomeSlug(slug)) return null;
  const o: Outcome = OUTCOMES[slug];
  const query = toQuery(path, settings);
  const id = stack?.id ?? null;
  const page = withBase(base, withStackParam(withQuery(outcomePath(o.slug), query), id));
  const link = withStackParam(withQuery(atOrigin(new URL(outcomePath(o.slug), site).href, globalThis.location?.origin), query), id);
  const mention = stack && wizardMention(stack, o.slug);
  const snippets = shareSnippets(o, link, 'wizard-', settings, mention);
  const variant = variantFor(o, settings.scheme);
  const decisive = decisiveQuote(o);
  // Header advice for another scheme (the Bearer challenge of a 403) does not apply to this visitor.
  const headers = o.headers.filter((h) => !h.schemes || h.schemes.includes(settings.scheme));
  return (
    <div className="wizard-result" data-testid="result" data-outcome={o.slug}>
      <h1 id="wizard-heading" ref={headingRef} tabIndex={-1}>
        <span className={`status ${statusClass(o.status)}`}>{o.status}</span> {outcomeName(o)}
      </h1>
      <p className="verdict">{o.verdict}</p>
      <blockquote className="rfc deciding" cite={decisive.url}>
        <p>{decisive.quote}</p>
      </blockquote>
      <p className="muted deciding-source">
        <a href={decisive.url}>{decisive.label}</a> · <a href={page}>Why {o.status}, with the RFC text that decides it</a>
      </p>
      <p data-testid="client-next">
        <strong>What the client does next ({settingsSummary(settings)}):</strong> {variant.clientNext}
      </p>
      {variant.why && (
        <p className="muted" data-testid="variant-why">
          {variant.why}
        </p>
      )}
      {mention && (
        <p data-testid="stack-line">
          <strong>In {mention.name}:</strong> <a href={stackSectionLink(page, mention.id)}>{mention.summary}</a>
        </p>
      )}
      <ShareSnippets snippets={[snippets.link, snippets.markdown, snippets.http]} />
      {headers.length > 0 && (
        <>
          <h2 className="minor-heading">Headers</h2>
          <ul>
            {headers.map((h) => (
              <li key={h.name}>
                <code>{h.name}</code> ({requirementText(h)}): {h.why}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The share snippets: visible, selectable text plus copy buttons (Clipboard API, select as fallback). */
function ShareSnippets({ snippets }: { snippets: Snippet[] }) {
  const [status, setStatus] = useState('');
  const copy = async (s: Snippet) => {
    const field = document.getElementById(s.id);
    if (field instanceof HTMLTextAreaElement) setStatus(await copySnippet(field, s.label));
  };
  return (
    <section className="share" aria-labelledby="wizard-share-heading">
      <h2 id="wizard-share-heading" className="minor-heading">Share this answer</h2>
      {snippets.map((s) => (
        <div className="snippet" key={s.id}>
          <label htmlFor={s.id}>{s.label}</label>
          <textarea id={s.id} readOnly rows={s.rows} spellcheck={false} value={s.text} />
          <button type="button" className="button" onClick={() => void copy(s)}>
            {s.button}
          </button>
        </div>
      ))}
      <p className="share-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
