/** Shared set-up of the role tests: people with roles, and what a KB resolves a text's descriptions to. */
import type { Kb } from '../kb/load';
import type { Role } from '../kb/schema';
import type { TestEntity } from '../kb/test-kb';
import { recognize } from '../recognizer/recognize';
import { resolveRoleDescriptions } from './resolve';

/** A person named by their label, holding `roles`. */
export const person = (id: string, label: string, roles: Role[]): TestEntity => ({ id, type: 'person', label, aliases: [label], roles });

/** Each role description of `text` on `day`, as [its text, the person it resolves to]. */
export const resolvedOn =
  (kb: Kb) =>
  (text: string, day: string): [string, string][] =>
    resolveRoleDescriptions(kb, text, recognize(kb, text), day).map((mention) => [mention.text, mention.entityId]);
