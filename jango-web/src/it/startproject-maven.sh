#!/usr/bin/env bash
# End-to-end check of `manage startproject` with real Maven: package the reactor's jango jars, lay them into a
# throw-away local repository (third-party artifacts come from ~/.m2 through a file mirror), generate a project,
# build it with `./manage check`, start `./manage runserver` and fetch its page. Run from the repository root:
#   bash jango-web/src/it/startproject-maven.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
export JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -n 1)}"
export PATH="$JAVA_HOME/bin:$PATH"
work=$(mktemp -d)
trap 'if [ -n "${server:-}" ]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
version=0.1.0-SNAPSHOT
m2="${M2_REPO:-$HOME/.m2/repository}"

./mvnw -B -q -o package -DskipTests -pl jango-web -am
mkdir -p "$work/repo/dev/jango/jango-parent/$version"
cp pom.xml "$work/repo/dev/jango/jango-parent/$version/jango-parent-$version.pom"
for m in jango-db-processor jango-db jango-cli jango-migrations jango-test jango-web; do
  d="$work/repo/dev/jango/$m/$version"; mkdir -p "$d"
  cp "$m/pom.xml" "$d/$m-$version.pom"; cp "$m/target/$m-$version.jar" "$d/"
done
cat > "$work/settings.xml" <<XML
<settings><localRepository>$work/repo</localRepository>
<mirrors><mirror><id>m2</id><mirrorOf>*</mirrorOf><url>file://$m2</url></mirror></mirrors></settings>
XML

# Generate with the freshly built launcher (no project around it: a bare one).
./mvnw -B -q dependency:build-classpath -pl jango-web -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/cp.txt" -s "$work/settings.xml" \
  >/dev/null
java --enable-native-access=ALL-UNNAMED -cp "jango-web/target/jango-web-$version.jar:$(cat "$work/cp.txt")" \
  dev.jango.cli.Manage startproject shop --package com.example.shop --directory "$work"

cd "$work/shop"
export MVN="mvn -B -q -s $work/settings.xml"
./manage check
port=$((20000 + RANDOM % 20000))
./manage runserver "127.0.0.1:$port" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$port/home/" -o "$work/page.html"; then break; fi; sleep 1
done
grep -q "<h1>Welcome to shop</h1>" "$work/page.html"
echo "startproject-maven: generated project built, passed check and served /home/ on port $port"
