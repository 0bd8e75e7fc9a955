/**
 * Who is opening the outcomes page, as shared/outcomes decides access from it: the agent's id,
 * whether they manage the app (Zendesk role `admin`) and the ids of their groups. The groups come
 * from ZAF's `currentUser` object (`groups`, each with an `id`); that ZAF lists them there is
 * unverified (README), and an answer without them reads as "in no group": never wider access.
 */
import * as z from 'zod/mini';
import { ok, type Result } from '../../../shared/ports';
import type { OutcomesAsker } from '../../../shared/outcomes/view';
import { getValue, type HostError, type ZafClient } from './zaf-client';

const userSchema = z.looseObject({
  id: z.union([z.number(), z.string()]),
  role: z.nullish(z.string()),
  groups: z.nullish(z.array(z.looseObject({ id: z.union([z.number(), z.string()]) }))),
});

export async function readOutcomesAsker(
  client: ZafClient,
): Promise<Result<OutcomesAsker, HostError>> {
  const user = await getValue(client, 'currentUser', userSchema);
  if (!user.ok) return user;
  return ok({
    agent: String(user.value.id),
    managesApp: user.value.role === 'admin',
    teamIds: (user.value.groups ?? []).map((group) => String(group.id)),
  });
}
