package com.lawfirm.launcher;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * There is no Docker engine where the tests run, so docker-compose.yml is checked against the build instead: every
 * service it builds exists, listens where its own configuration and the launcher say, reads settings the service
 * actually has, and finds its database and the broker.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyServiceOfTheBuildIsInTheComposeFileAndConsistentWithIt() throws IOException {
        Map<String, Object> services = section(load(ROOT.resolve("docker-compose.yml")), "services");
        String databases = Files.readString(ROOT.resolve("deploy/postgres/create-databases.sql"));
        assertThat(services).containsKeys("postgres", "kafka", "mongodb", "dev-issuer");

        for (String name : LauncherOptions.ALL_SERVICES) {
            Map<String, Object> service = section(services, name + "-service");
            Path module = ROOT.resolve(name + "-service");
            assertThat(module.resolve("pom.xml")).as(name + " module").exists();
            Map<String, Object> config = load(module.resolve("src/main/resources/" + name + "-service.yml"));

            Map<String, Object> build = section(service, "build");
            assertThat(section(build, "args")).containsEntry("SERVICE", name);
            int port = (Integer) section(config, "server").get("port");
            assertThat(port).as(name + " port").isEqualTo(Launcher.PORTS.get(name));
            assertThat(service.get("ports")).isEqualTo(List.of(port + ":" + port));

            Map<String, Object> env = section(service, "environment");
            assertThat(env.get("SERVER_PORT")).isEqualTo(String.valueOf(port));
            for (String key : env.keySet()) {
                assertThat(isKnownSetting(key, config)).as(name + " reads " + key).isTrue();
            }
            assertThat((String) env.get("SPRING_DATASOURCE_URL")).endsWith("/" + name);
            assertThat(databases).contains("CREATE DATABASE " + name + " ");
            assertThat((String) env.get("LAWFIRM_BUS_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat(section(service, "depends_on")).containsKeys("postgres", "kafka", "mongodb");
            assertThat(section(service, "healthcheck").get("test").toString()).contains("/dev/tcp/localhost/" + port);
        }
    }

    /** A variable the service reads: in its own configuration file, or a setting every service has (service-kit). */
    private static boolean isKnownSetting(String envKey, Map<String, Object> config) {
        String dotted = envKey.toLowerCase(Locale.ROOT).replace('_', '.');
        List<String> kitSettings = List.of("lawfirm.read.models.store", "lawfirm.read.models.mongodb.uri",
                "spring.security.oauth2.resourceserver.jwt.jwk.set.uri", "lawfirm.privacy.master.key",
                "lawfirm.privacy.key.store.url", "lawfirm.privacy.key.store.username", "lawfirm.privacy.key.store.password");
        return kitSettings.contains(dotted) || hasPath(config, dotted);
    }

    /** The file's settings as relaxed dotted names: {@code lawfirm.bus.bootstrap-servers} -> lawfirm.bus.bootstrap.servers. */
    @SuppressWarnings("unchecked")
    private static boolean hasPath(Map<String, Object> config, String dotted) {
        java.util.Set<String> flat = new java.util.HashSet<>();
        java.util.ArrayDeque<Map.Entry<String, Object>> todo = new java.util.ArrayDeque<>();
        config.forEach((k, v) -> todo.add(Map.entry(k, v)));
        while (!todo.isEmpty()) {
            Map.Entry<String, Object> entry = todo.pop();
            if (entry.getValue() instanceof Map<?, ?> nested) {
                ((Map<String, Object>) nested).forEach((k, v) -> todo.add(Map.entry(entry.getKey() + "." + k, v)));
            } else {
                flat.add(entry.getKey().replace('-', '.'));
            }
        }
        return flat.contains(dotted);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> map, String key) {
        assertThat(map).as("section " + key).containsKey(key);
        return (Map<String, Object>) map.get(key);
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }
}
