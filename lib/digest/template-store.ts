import type { Handlers } from '../protocol';
import type { GleanerDB, TemplateRow } from '../store/db';
import { newId } from '../store/ids';
import { compileTemplate, type TemplateError } from './engine';

/**
 * Writes of the `templates` table, answered by the background (the one writer of the database).
 * Every save keeps what was typed in `body`, even when it does not compile, so nothing typed is
 * lost; `workingBody` moves only when the new text compiles, and that is what digests use.
 */
export type TemplateCalls = {
  saveTemplate(args: { id?: string; name: string; body: string }): { template: TemplateRow; error: TemplateError | null };
  deleteTemplate(args: { id: string }): boolean;
};

export async function saveTemplate(db: GleanerDB, args: { id?: string; name: string; body: string }, now: Date = new Date()) {
  return db.transaction('rw', db.templates, async () => {
    const existing = args.id ? await db.templates.get(args.id) : undefined;
    const compiled = compileTemplate(args.body);
    const template: TemplateRow = {
      id: existing?.id ?? args.id ?? newId(now),
      name: args.name.trim() || existing?.name || 'Untitled',
      body: args.body,
      workingBody: compiled.ok ? args.body : (existing?.workingBody ?? ''),
      updatedAt: now.toISOString(),
    };
    await db.templates.put(template);
    return { template, error: compiled.ok ? null : compiled.error };
  });
}

export function templateHandlers(db: GleanerDB, clock: () => Date = () => new Date()): Handlers<TemplateCalls> {
  return {
    saveTemplate: (args) => saveTemplate(db, args, clock()),
    deleteTemplate: async ({ id }) => {
      const existing = await db.templates.get(id);
      if (!existing) return false;
      await db.templates.delete(id);
      return true;
    },
  };
}
