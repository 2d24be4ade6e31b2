# Build stage: the Maven wrapper fetches Maven and the dependencies; tests run in CI, not here. The jar is split
# into Spring Boot's layers, so an image rebuilt after a code change reuses the dependency layers.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY messages/ messages/
COPY src/ src/
RUN ./mvnw -B -ntp -DskipTests package \
    && java -Djarmode=tools -jar target/mumo-bot-*.jar extract --layers --launcher --destination /layers

# Run stage: a JRE only, a non-root user with a fixed uid (for volume permissions), the H2 database of a
# single instance on a volume. Several instances use PostgreSQL instead (see compose.yaml).
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 mumo \
    && useradd --system --uid 10001 --gid mumo --home-dir /app --no-create-home mumo \
    && mkdir -p /app/data && chown -R mumo:mumo /app
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
VOLUME /app/data
ENV SERVER_PORT=8080 JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xmx256m"
EXPOSE 8080
# Liveness: the bot takes updates, reaches its database and sends in time. Plain bash, no curl in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 CMD ["bash", "-c", \
    "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT} && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# Out of memory, the JVM exits and the orchestrator restarts it, instead of limping on deaf.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
