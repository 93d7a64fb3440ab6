/**
 * A form page is rendered once and its identity written in per response (src/lib/form-stamp.ts);
 * the browser may still show one response twice (the router's copy of a page it prefetched, a
 * page restored from history). Once the form runs in the browser it takes a key of its own, so
 * two requests typed into two visits of the page are never taken for one (the idempotency key
 * makes a resent form one lead). Set on the element: no second render of the form.
 */
export function freshIdempotencyKey(input: HTMLInputElement | null) {
  if (input && typeof crypto.randomUUID === 'function') input.value = crypto.randomUUID()
}
