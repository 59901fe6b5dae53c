/**
 * Every stack, in the order pages list them (the order of STACK_IDS), and lookups on them.
 */
import type { OutcomeSlug } from '../decision/index.ts';
import { STACK_IDS, type Cell, type Recipe, type StackData, type StackId } from './types.ts';
import { express } from './data/express.ts';
import { fastify } from './data/fastify.ts';
import { nestjs } from './data/nestjs.ts';
import { fastapi } from './data/fastapi.ts';
import { django } from './data/django.ts';
import { drf } from './data/drf.ts';
import { flask } from './data/flask.ts';
import { spring } from './data/spring.ts';
import { springResourceServer } from './data/spring-resource-server.ts';
import { aspnetcore } from './data/aspnetcore.ts';
import { rails } from './data/rails.ts';
import { laravel } from './data/laravel.ts';
import { go } from './data/go.ts';
import { nginx } from './data/nginx.ts';
import { apache } from './data/apache.ts';
import { kong } from './data/kong.ts';

export { SNIPPET_LANGS, STACK_IDS, type Cell, type Fact, type Recipe, type SnippetLang, type Source, type StackData, type StackId } from './types.ts';

const BY_ID = {
  express,
  fastify,
  nestjs,
  fastapi,
  django,
  drf,
  flask,
  spring,
  'spring-resource-server': springResourceServer,
  aspnetcore,
  rails,
  laravel,
  go,
  nginx,
  apache,
  kong,
} satisfies Record<StackId, StackData<string>>;

export const STACKS: readonly StackData[] = STACK_IDS.map((id) => BY_ID[id] as StackData);

export function isStackId(id: string): id is StackId {
  return (STACK_IDS as readonly string[]).includes(id);
}

export const stackById = (id: StackId): StackData => BY_ID[id] as StackData;

/** A stack's answer for one outcome: its recipe, or why it has none. */
export function cellOf(stack: StackData, outcome: OutcomeSlug): { recipe: Recipe; key: string } | { notApplicable: string } {
  const cell: Cell<string> = stack.cells[outcome];
  return typeof cell === 'string' ? { recipe: stack.recipes[cell]!, key: cell } : cell;
}
