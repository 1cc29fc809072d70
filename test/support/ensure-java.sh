#!/bin/sh
# DynamoDB Local (the tests' and the local runtime's DynamoDB) is a Java program:
# installs Debian's Java 17 runtime when no java is on PATH.
set -eu
if command -v java >/dev/null 2>&1; then
  java -version 2>&1 | head -1
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends openjdk-17-jre-headless
java -version 2>&1 | head -1
