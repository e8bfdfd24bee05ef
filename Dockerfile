# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper fetches Maven and the dependencies; tests run in CI, not here.
# JDK 25 compiles the release-21 code and matches the runtime, whose AOT cache needs Java 25.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY domain/ domain/
COPY application/ application/
COPY adapters-persistence/ adapters-persistence/
COPY adapters-security/ adapters-security/
COPY adapters-rest/ adapters-rest/
COPY adapters-metrics/ adapters-metrics/
COPY adapters-mail/ adapters-mail/
COPY bootstrap/ bootstrap/
# The developer mode is a module of the build but not of the image: its pom alone lets Maven read the
# project, and -pl leaves it (and the PostgreSQL binaries it brings) out of the build.
COPY devmode/pom.xml devmode/
RUN ./mvnw -B -q -DskipTests package -pl bootstrap -am && cp bootstrap/target/gatehouse.jar /gatehouse.jar \
    && java bootstrap/aot/TrainingKey.java > /training-key.pem

# Run stage: a JRE, the jar extracted next to its libraries, the JDK AOT cache and bootstrap/jvm.options,
# as an unprivileged user (see README, "Start-up time and memory").
FROM eclipse-temurin:25-jre
RUN groupadd --system gatehouse && useradd --system --gid gatehouse --no-create-home gatehouse
COPY bootstrap/jvm.options /app/jvm.options
# The AOT cache is made here, by this image's JVM against these very files (it is only valid for the
# same JVM, the same jar paths and times). The training run stops once the context is refreshed and
# needs no database: Flyway off, an unreachable URL (the pool connects lazily) and a throw-away
# signing key that is used for nothing and not kept in the image.
RUN --mount=type=bind,from=build,source=/gatehouse.jar,target=/tmp/gatehouse.jar \
    --mount=type=bind,from=build,source=/training-key.pem,target=/tmp/training-key.pem \
    java -Djarmode=tools -jar /tmp/gatehouse.jar extract --destination /app/gatehouse \
    && SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:1/aot-training SPRING_FLYWAY_ENABLED=false \
       APP_AUTH_SIGNING_KEY_PRIVATE_KEY_PEM="$(cat /tmp/training-key.pem)" SERVER_PORT=0 \
       java @/app/jvm.options -XX:AOTCacheOutput=/app/gatehouse/app.aot -Dspring.context.exit=onRefresh \
            -jar /app/gatehouse/gatehouse.jar > /tmp/aot-training.log 2>&1 \
    || { cat /tmp/aot-training.log; exit 1; }
WORKDIR /app
USER gatehouse
EXPOSE 8080
# A missing or stale cache would only make the start slower (the JVM warns and goes on).
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:AOTCache=/app/gatehouse/app.aot", "-jar", "/app/gatehouse/gatehouse.jar"]
