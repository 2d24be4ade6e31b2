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
    && cp target/mumo-bot-*.jar /tmp/app.jar \
    && java -Djarmode=tools -jar /tmp/app.jar extract --layers --destination /layers

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
# The serial collector and a heap that starts small and gives back what it no longer needs (the bot holds about 80 MB
# after start), and the client compiler only: it halves the CPU a start costs, for a quarter of the peak speed of
# ballot presses, which a bot that mostly waits for Telegram does not miss (BENCHMARKS.md, start-up and memory).
ENV SERVER_PORT=8080 JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms32m -Xmx256m -XX:MinHeapFreeRatio=10 \
-XX:MaxHeapFreeRatio=40 -XX:TieredStopAtLevel=1"
# Class data sharing: a training start, stopped once the context is refreshed (before it polls Telegram or starts
# its jobs, on a throw-away in-memory database), records the classes the bot loads in an archive that every start
# then maps instead of loading and verifying them again.
RUN TELEGRAM_BOT_TOKEN=0:training TELEGRAM_API_URL=http://127.0.0.1:9 SPRING_DATASOURCE_URL=jdbc:h2:mem:training \
    java -XX:ArchiveClassesAtExit=app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh \
        -jar app.jar
USER 10001:10001
VOLUME /app/data
EXPOSE 8080
# Liveness: the bot takes updates, reaches its database and sends in time. Plain bash, no curl in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 CMD ["bash", "-c", \
    "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT} && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# Out of memory, the JVM exits and the orchestrator restarts it, instead of limping on deaf.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:SharedArchiveFile=app.jsa", "-Xlog:cds=off", "-jar", "app.jar"]
