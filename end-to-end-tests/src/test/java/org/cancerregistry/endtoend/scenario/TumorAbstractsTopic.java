package org.cancerregistry.endtoend.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** The real tumor-abstracts topic, read from where it ended when this reader was opened, in a group of its own. */
final class TumorAbstractsTopic implements AutoCloseable {

    private static final String TOPIC = "tumor-abstracts";

    private final KafkaConsumer<String, String> consumer;

    TumorAbstractsTopic() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Registry.KAFKA);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "end-to-end-scenario-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /**
     * Every COMPLETED event about the given tumors: read until each tumor has one, or the time is up,
     * then on for a quiet while, so that a second event for a tumor would be seen too.
     */
    List<JsonNode> completedEvents(Set<String> tumorIds, Duration within, Duration quiet) {
        List<JsonNode> events = new ArrayList<>();
        Set<String> completed = new HashSet<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && !completed.containsAll(tumorIds)) {
            poll(tumorIds, events, completed);
        }
        long quietEnd = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < quietEnd) {
            poll(tumorIds, events, completed);
        }
        return events;
    }

    private void poll(Set<String> tumorIds, List<JsonNode> events, Set<String> completed) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            JsonNode event;
            try {
                event = Registry.JSON.readTree(record.value());
            } catch (JsonProcessingException e) {
                continue;
            }
            String tumorId = event.path("tumorId").asText();
            if (tumorIds.contains(tumorId) && "COMPLETED".equals(event.path("change").asText())) {
                events.add(event);
                completed.add(tumorId);
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
