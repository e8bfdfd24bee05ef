#!/bin/sh
# Starts Gatehouse the fast way: the jar extracted next to its libraries, the JVM settings of
# bootstrap/jvm.options and the JDK's AOT cache (Java 25+). Arguments are passed to the application.
#
#   ./mvnw -B -q -DskipTests package && bootstrap/run.sh
#
# After a build, the first start extracts bootstrap/target/gatehouse.jar into a folder of its own
# under bootstrap/target/extracted/ and makes the AOT cache there with a training run that needs no
# database (about 20 s, once); later starts of the same build reuse both. A missing or unusable cache
# never stops a start: the JVM then only starts slower. GATEHOUSE_AOT=off skips the cache.
# GATEHOUSE_PREPARE_ONLY=1 extracts (and trains), then exits without starting (the benchmark uses it
# so that the training is not timed as a start). GATEHOUSE_APP_DIR names one fixed folder instead.
# GATEHOUSE_JAR names another jar than bootstrap/target/gatehouse.jar (it runs under its own name).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
jar=${GATEHOUSE_JAR:-$here/target/gatehouse.jar}
# The extracted copy of the jar keeps the jar's own name (GATEHOUSE_JAR may name any jar).
jar_name=$(basename "$jar")
options=$here/jvm.options
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
extractions=$here/target/extracted

if [ ! -f "$jar" ]; then
    echo "run.sh: $jar is missing; build it first: ./mvnw -B -q -DskipTests package" >&2
    exit 1
fi

# Steps 1 and 2 run under a lock where flock(1) exists (util-linux): two instances started at once
# after a build would otherwise extract over each other (one then fails to start) and train twice.
# The lock is released before Java runs.
mkdir -p "$here/target"
locked=
if command -v flock >/dev/null 2>&1; then
    exec 9>"${GATEHOUSE_APP_DIR:-$here/target/gatehouse}.lock"
    flock 9
    locked=1
fi
unlock() {
    if [ -n "$locked" ]; then
        exec 9>&-
        locked=
    fi
}

# Each build gets its own folder, named after the jar's modification time and size, so that a start
# after a rebuild never rewrites the files of an instance still running from the previous build
# (that instance would go on loading classes from the new jars). Named under the lock: a build that
# finished while this start waited is the one it runs.
app=${GATEHOUSE_APP_DIR:-$extractions/$(ls -lL --time-style=+%s "$jar" | awk '{print $6 "-" $5}')}

# 1. Extract again whenever the jar was rebuilt (the stamp, not the extracted files, carries the time).
if [ ! -f "$app/.extracted" ] || [ "$jar" -nt "$app/.extracted" ]; then
    rm -rf "$app"
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
    touch "$app/.extracted"
fi

# Marks the folder as in use for as long as the process that runs from it lives: a shared lock on
# descriptor 8, which the JVM inherits through exec. Taken while holding the lock of steps 1-2, so
# that the clean-up below never sees a folder between its extraction and its use.
hold_in_use() {
    if [ -n "$locked" ]; then
        exec 8<"$app/.extracted"
        flock -s 8
    fi
}

# Folders of earlier builds go once no process runs from them (none holds its in-use lock). Without
# flock(1) they stay (and bootstrap/target with them, until the next clean build).
remove_unused_extractions() {
    [ -n "$locked" ] && [ -z "${GATEHOUSE_APP_DIR:-}" ] && [ -d "$extractions" ] || return 0
    for old in "$extractions"/*/; do
        old=${old%/}
        [ "$old" != "$app" ] && [ -d "$old" ] || continue
        if [ ! -f "$old/.extracted" ] || flock -n -x "$old/.extracted" true; then
            rm -rf "$old"
        fi
    done
}

if [ "${GATEHOUSE_AOT:-on}" = off ]; then
    remove_unused_extractions
    [ "${GATEHOUSE_PREPARE_ONLY:-}" = 1 ] && exit 0
    hold_in_use
    unlock
    exec "$java" @"$options" -jar "$app/$jar_name" "$@"
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
                 -jar "$app/$jar_name" >"$app/aot-training.log" 2>&1; then
        # Not retried until the jar, the JVM or jvm.options change (a JDK older than 25 has no AOT cache).
        echo "run.sh: the training run failed (see $app/aot-training.log); starting without the cache" >&2
        rm -f "$app/app.aot"
    fi
    echo "$stamp" >"$app/app.aot.stamp"
fi

remove_unused_extractions
[ "${GATEHOUSE_PREPARE_ONLY:-}" = 1 ] && exit 0
hold_in_use
unlock

# 3. Start. With the cache absent (training failed) the JVM starts without it.
if [ -f "$app/app.aot" ]; then
    exec "$java" @"$options" -XX:AOTCache="$app/app.aot" -jar "$app/$jar_name" "$@"
fi
exec "$java" @"$options" -jar "$app/$jar_name" "$@"
