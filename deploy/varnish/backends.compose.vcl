# The compose `replicas` profile's two app servers (docker-compose.yml: app-1, app-2), for
# site.vcl. `npm run start:replicas` writes its own, with one backend per replica it starts.
import directors;

probe health {
    .url = "/api/health";
    .interval = 2s;
    .timeout = 3s;
    .window = 3;
    .threshold = 2;
    .initial = 0;
}

backend app_1 { .host = "app-1"; .port = "3000"; .probe = health; }
backend app_2 { .host = "app-2"; .port = "3000"; .probe = health; }

sub vcl_init {
    new replicas = directors.round_robin();
    replicas.add_backend(app_1);
    replicas.add_backend(app_2);
}
