# One image per service, built from this repository: docker compose build (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre AS service
ARG SERVICE
COPY --from=build /src/${SERVICE}-service/target/${SERVICE}-service-exec.jar /app/service.jar
ENV JAVA_TOOL_OPTIONS="-Xmx384m -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Daxoniq.update-checker.disabled=true"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]

FROM eclipse-temurin:17-jre AS dev-issuer
COPY --from=build /src/launcher/target/launcher.jar /app/launcher.jar
ENTRYPOINT ["java", "-jar", "/app/launcher.jar", "--issuer-only", "--token-host", "0.0.0.0", "--data-dir", "/data"]
