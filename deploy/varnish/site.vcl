# The shared HTTP cache and load balancer in front of the site's replicas (Varnish 7, Debian's
# `varnish` package). `npm run start:replicas` and the compose `replicas` profile use this file with
# a backends.vcl of their own, which declares the replicas and the `replicas` director.
#
# - Balances across the replicas round-robin; a replica whose /api/health stops answering 200
#   gets no readers until it does (the probe in backends.vcl).
# - Caches public pages for as long as their Cache-Control allows a shared cache (s-maxage, set by
#   the edge, src/edge/policies.ts), and serves them stale for a while if every replica is down.
# - Never caches the admin, the API, the forms, search, previews, or anything for a browser that
#   is signed in (session or signed-in hint cookie) or in draft mode: those go to a replica.
# - A publish empties it: the site sends `BAN /` (src/cache/next-cache-handler.mjs) to the listen
#   socket named `purge`, which only the replicas reach (never published to the internet), from an
#   address in `purgers`. A BAN on the public socket is refused, whatever address a load balancer
#   in front makes it come from.
vcl 4.1;

include "backends.vcl";

# Who may empty the cache: the replicas (this machine, or a private container network).
acl purgers {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_recv {
    set req.backend_hint = replicas.backend();

    if (req.method == "BAN") {
        if (local.socket != "purge" || client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        ban("obj.status != 0");
        return (synth(200, "Banned"));
    }
    # Varnish appends the client's address to X-Forwarded-For; the replicas (TRUSTED_PROXIES=1)
    # read that last entry, so a client cannot choose the address its rate limits count.

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|api)(/|\?|$)" ||
        req.url ~ "^(/(es|ru))?/(contact|book|search|preview)(/|\?|$)") {
        return (pass);
    }
    if (req.http.Authorization ||
        req.http.Cookie ~ "(^|;\s*)(payload-token|signed-in|__prerender_bypass)=") {
        return (pass);
    }
    # A reader's other cookies (analytics of a CDN in front, say) change nothing on a public page.
    unset req.http.Cookie;
    # Two versions of a page at most: gzipped, and plain for the rare client that takes no gzip.
    # Each is kept as the replica sent it (varnishd runs with http_gzip_support=off), so neither
    # is unpacked or packed again per request.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    return (hash);
}

sub vcl_hash {
    # The two copies of a page (see vcl_recv) are two objects, whatever Vary the replica sent.
    hash_data(req.http.Accept-Encoding);
}

sub vcl_backend_response {
    # Keep a page past its lifetime, to serve while no replica answers (or one is re-rendering it).
    set beresp.grace = 1h;
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "private|no-store") {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
}

sub vcl_backend_error {
    # A replica that went away between two health probes: a read goes to the next one.
    if ((bereq.method == "GET" || bereq.method == "HEAD") && bereq.retries < 2) {
        return (retry);
    }
}

sub vcl_deliver {
    # For the tests and the curious: whether this answer came from the cache.
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
