/** The few statistics the bench reports: median, percentiles and the p50/p95/max spread. */

export function median(values: (number | null)[]): number | null {
  if (values.some((value) => value === null)) return null
  const sorted = (values as number[]).toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : 0
}

export const spread = (values: number[]) => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: Math.max(0, ...values),
})
