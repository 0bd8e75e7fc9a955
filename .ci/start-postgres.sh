#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster on 127.0.0.1 and creates the test role and database (idempotent).
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q . || pg_createcluster "$version" main
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1" && break
  sleep 1
done
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname='tactful'\" | grep -q 1 || psql -q -c \"CREATE ROLE tactful LOGIN PASSWORD 'tactful'\""
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname='tactful_test'\" | grep -q 1 || psql -q -c \"CREATE DATABASE tactful_test OWNER tactful\""
echo "PostgreSQL ready on 127.0.0.1:5432 (database tactful_test)"
