# Build stage: the Maven wrapper fetches Maven and the dependencies; tests run in CI, not here.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY messages/ messages/
COPY src/ src/
RUN ./mvnw -B -ntp -DskipTests package && cp target/mumo-bot-*.jar /src/app.jar

# Run stage: a JRE only, a non-root user, the H2 database on a volume.
FROM eclipse-temurin:17-jre
RUN groupadd --system mumo && useradd --system --gid mumo --home-dir /app mumo \
    && mkdir -p /app/data && chown -R mumo:mumo /app
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
USER mumo
VOLUME /app/data
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xmx256m"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
