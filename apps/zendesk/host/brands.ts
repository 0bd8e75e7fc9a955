/**
 * The account's brands for the outcomes page's brand filter, from the Brands API (`GET
 * /api/v2/brands`; developer.zendesk.com/api-reference/ticketing/account-configuration/brands/:
 * each brand has an integer `id`, a mandatory `name`, `active` and `is_deleted`). Inactive and
 * deleted brands are left out; one page (up to 100 brands) is read.
 */
import * as z from 'zod/mini';
import { parseReply, requestWithRetry, type RetryOptions } from '../../../shared/http';
import { ok, type HttpError, type HttpPort, type Result } from '../../../shared/ports';

const brandsReply = z.object({
  brands: z.array(
    z.looseObject({
      id: z.number().check(z.int()),
      name: z.string(),
      active: z.optional(z.nullable(z.boolean())),
      is_deleted: z.optional(z.nullable(z.boolean())),
    }),
  ),
});

export interface Brand {
  /** The brand id as text, as tone day records hold it (`brand_id`). */
  id: string;
  name: string;
}

export async function readBrands(
  http: HttpPort,
  retry: RetryOptions,
): Promise<Result<Brand[], HttpError>> {
  const response = await requestWithRetry(
    http,
    { method: 'GET', path: '/api/v2/brands.json' },
    retry,
  );
  if (!response.ok) return response;
  const parsed = parseReply(brandsReply, response.value);
  if (!parsed.ok) return parsed;
  return ok(
    parsed.value.brands
      .filter((brand) => brand.active !== false && brand.is_deleted !== true)
      .map((brand) => ({ id: String(brand.id), name: brand.name })),
  );
}
