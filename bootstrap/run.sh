#!/bin/sh
# Starts Gatehouse the fast way: the jar extracted next to its libraries, the JVM settings of
# bootstrap/jvm.options and the JDK's AOT cache (Java 25+). Arguments are passed to the application.
#
#   ./mvnw -B -q -DskipTests package && bootstrap/run.sh
#
# After a build, the first start extracts bootstrap/target/gatehouse.jar into bootstrap/target/gatehouse/
# and makes the AOT cache there with a training run that needs no database (about 20 s, once); later
# starts reuse both. A missing or unusable cache never stops a start: the JVM then only starts slower.
# GATEHOUSE_AOT=off skips the cache. GATEHOUSE_PREPARE_ONLY=1 extracts and trains, then exits
# without starting (the benchmark uses it so that the training is not timed as a start).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
jar=${GATEHOUSE_JAR:-$here/target/gatehouse.jar}
app=${GATEHOUSE_APP_DIR:-$here/target/gatehouse}
options=$here/jvm.options
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

# Steps 1 and 2 run under a lock where flock(1) exists (util-linux): two instances started at once
# after a build would otherwise extract over each other (one then fails to start) and train twice.
# The lock file sits beside the extraction, which step 1 may delete; it is released before Java runs.
mkdir -p "$(dirname "$app")"
locked=
if command -v flock >/dev/null 2>&1; then
    exec 9>"$app.lock"
    flock 9
    locked=1
fi
unlock() {
    if [ -n "$locked" ]; then
        exec 9>&-
        locked=
    fi
}

# 1. Extract again whenever the jar was rebuilt (the stamp, not the extracted files, carries the time).
if [ ! -f "$app/.extracted" ] || [ "$jar" -nt "$app/.extracted" ]; then
    rm -rf "$app"
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
    touch "$app/.extracted"
fi

if [ "${GATEHOUSE_AOT:-on}" = off ]; then
    unlock
    exec "$java" @"$options" -jar "$app/gatehouse.jar" "$@"
fi

# 2. Make the AOT cache when there is none for this extraction and this JVM. The JVM checks the jar
#    paths and times itself; the stamp adds the JVM binary so that a JDK update retrains too.
jvm_binary=$(readlink -f "$(command -v "$java")")
stamp="$jvm_binary $(ls -lL --time-style=+%s "$jvm_binary" "$options" 2>/dev/null | awk '{print $6}' | tr '\n' ' ')"
if [ "$(cat "$app/app.aot.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "run.sh: creating the JDK AOT cache in $app (once after each build; log in $app/aot-training.log)" >&2
    rm -f "$app/app.aot"
    if ! key=$("$java" "$here/aot/TrainingKey.java" 2>>"$app/aot-training.log") \
        || ! env SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:1/aot-training SPRING_FLYWAY_ENABLED=false \
                 APP_AUTH_SIGNING_KEY_PRIVATE_KEY_PEM="$key" SERVER_PORT=0 \
             "$java" @"$options" -XX:AOTCacheOutput="$app/app.aot" -Dspring.context.exit=onRefresh \
                 -jar "$app/gatehouse.jar" >"$app/aot-training.log" 2>&1; then
        # Not retried until the jar, the JVM or jvm.options change (a JDK older than 25 has no AOT cache).
        echo "run.sh: the training run failed (see $app/aot-training.log); starting without the cache" >&2
        rm -f "$app/app.aot"
    fi
    echo "$stamp" >"$app/app.aot.stamp"
fi

unlock
[ "${GATEHOUSE_PREPARE_ONLY:-}" = 1 ] && exit 0

# 3. Start. With the cache absent (training failed) the JVM starts without it.
if [ -f "$app/app.aot" ]; then
    exec "$java" @"$options" -XX:AOTCache="$app/app.aot" -jar "$app/gatehouse.jar" "$@"
fi
exec "$java" @"$options" -jar "$app/gatehouse.jar" "$@"
