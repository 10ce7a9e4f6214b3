package com.lawfirm.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), in this JVM. Its log directory is
 * formatted once; on later starts the same directory is reused, so topics and committed positions survive.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final KafkaRaftServer server;
    private final int port;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * @param logDirectory where the broker keeps its data (created and formatted when new)
     * @param port         the client port, or 0 for a free one
     */
    public static EmbeddedKafkaBroker start(Path logDirectory, int port) {
        // a fatal broker fault must not halt the JVM that hosts it (the launcher, a test run)
        Exit.setHaltProcedure((status, message) -> log.error("Kafka asked to halt ({}): {}", status, message));
        Exit.setExitProcedure((status, message) -> log.error("Kafka asked to exit ({}): {}", status, message));
        int clientPort = port > 0 ? port : freePort();
        int controllerPort = freePort();
        try {
            Files.createDirectories(logDirectory);
            Properties props = new Properties();
            props.put("node.id", "1");
            props.put("process.roles", "broker,controller");
            props.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
            props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
            props.put("controller.listener.names", "CONTROLLER");
            props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            props.put("inter.broker.listener.name", "PLAINTEXT");
            props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            props.put("log.dirs", logDirectory.toString());
            props.put("offsets.topic.replication.factor", "1");
            props.put("offsets.topic.num.partitions", "5");
            props.put("transaction.state.log.replication.factor", "1");
            props.put("transaction.state.log.min.isr", "1");
            props.put("group.initial.rebalance.delay.ms", "0");
            props.put("num.partitions", "1");
            props.put("auto.create.topics.enable", "false");
            props.put("log.cleaner.dedupe.buffer.size", "2097152");
            KafkaConfig config = new KafkaConfig(props);
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format(logDirectory);
            }
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            return new EmbeddedKafkaBroker(server, clientPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka log directory " + logDirectory + " is not usable", e);
        }
    }

    private static void format(Path logDirectory) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDirectory.toString()))
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setControllerListenerName("CONTROLLER")
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDirectory, e);
        }
    }

    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
