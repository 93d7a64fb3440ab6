import { type NextRequest, NextResponse } from 'next/server'

/**
 * `/articles?page=2` → `/articles/page/2`, so the index pages themselves stay static.
 */
export function proxy(request: NextRequest) {
  const page = request.nextUrl.searchParams.get('page')
  if (page && /^\d+$/.test(page)) {
    const url = request.nextUrl.clone()
    url.search = ''
    url.pathname = Number(page) > 1 ? `/articles/page/${Number(page)}` : '/articles'
    return NextResponse.redirect(url, 308)
  }
  return NextResponse.next()
}

export const config = { matcher: '/articles' }
