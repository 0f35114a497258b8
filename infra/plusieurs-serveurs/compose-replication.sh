#!/bin/sh
# Docker (compose.yaml, profile plusieurs-serveurs): lets the replica connect to the primary for streaming replication.
echo "host replication $POSTGRES_USER all scram-sha-256" >>"$PGDATA/pg_hba.conf"
