# syntax=docker/dockerfile:1
# A throwaway Postfix + Dovecot for trying rsvpd out: the same scripts the
# test suite uses (scripts/mailstack), listening on 127.0.0.1 inside the
# container. Containers that share its network namespace
# (network_mode: "service:mailstack") reach it on 127.0.0.1.
# Users: host@party.test and parent1..parent30@families.test, password
# "pw-<local part>". Nothing it receives ever leaves it.

FROM debian:bookworm-slim
COPY scripts/mailstack /opt/mailstack
RUN /opt/mailstack/install.sh \
 && rm -rf /var/lib/apt/lists/*
ENV MAILSTACK_SMTP_PORT=25 \
    MAILSTACK_SUBMISSION_PORT=587 \
    MAILSTACK_SMTPS_PORT=465 \
    MAILSTACK_IMAP_PORT=143 \
    MAILSTACK_IMAPS_PORT=993
VOLUME /srv/mailstack
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s \
  CMD ["/bin/bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/143 && test -s /srv/mailstack/tls/ca.pem"]
# start.sh starts both daemons in the background and returns; the logs keep
# the container in the foreground (compose's init: true reaps children).
CMD ["/bin/bash", "-c", "/opt/mailstack/start.sh /srv/mailstack >/dev/null && exec tail -n +1 -F /srv/mailstack/postfix/postfix.log /srv/mailstack/dovecot/dovecot.log"]
