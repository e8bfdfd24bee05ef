# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper fetches Maven and the dependencies; tests run in CI, not here.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY domain/ domain/
COPY application/ application/
COPY adapters-persistence/ adapters-persistence/
COPY adapters-rest/ adapters-rest/
COPY adapters-metrics/ adapters-metrics/
COPY bootstrap/ bootstrap/
RUN ./mvnw -B -q -DskipTests package && cp bootstrap/target/gatehouse.jar /gatehouse.jar

# Run stage: a JRE and the jar, as an unprivileged user.
FROM eclipse-temurin:21-jre
RUN groupadd --system gatehouse && useradd --system --gid gatehouse --no-create-home gatehouse
WORKDIR /app
COPY --from=build /gatehouse.jar /app/gatehouse.jar
USER gatehouse
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/gatehouse.jar"]
