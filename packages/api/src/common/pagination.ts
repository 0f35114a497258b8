import { ArgsType, Field, Int } from 'type-graphql';
import { badUserInput } from './api-error';

export const MAX_FIRST = 100;
export const DEFAULT_FIRST = 20;

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { nullable: true, description: `Nombre d'éléments (${DEFAULT_FIRST} par défaut, ${MAX_FIRST} au plus).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Curseur (`endCursor` de la page précédente).' })
  after?: string | null;
}

export interface Page {
  limit: number;
  offset: number;
}

// Cursors are opaque offsets: every list is sorted by a stable key, and the reference data change rarely.
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

// No list holds this many items (the communes are 35,000): a larger offset is not a cursor the API gave.
const MAX_OFFSET = 10_000_000;

export function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : Number.NaN;
  if (!(offset < MAX_OFFSET)) throw badUserInput('after', 'Curseur invalide : reprenez `endCursor` de la page précédente.');
  return offset + 1;
}

export function readPage(args: { first?: number | null; after?: string | null }): Page {
  const first = args.first ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 0) throw badUserInput('first', '`first` doit être un entier positif ou nul.');
  return { limit: Math.min(first, MAX_FIRST), offset: args.after ? decodeCursor(args.after) : 0 };
}
