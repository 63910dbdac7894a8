package io.daylight.flink;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads the events topic: each record's value is one contract-v1 NDJSON line. Routing happens
 * here, inside the Kafka source, so the line is parsed once before the shuffle and each routed
 * copy carries its event time into the source's per-partition watermarks.
 */
public final class RoutingDeserializer implements KafkaRecordDeserializationSchema<Routed> {
  private final DetectorSuite suite;
  private transient EventRouting routing;

  public RoutingDeserializer(DetectorSuite suite) {
    this.suite = suite;
  }

  @Override
  public void open(DeserializationSchema.InitializationContext context) {
    routing = new EventRouting(suite);
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Routed> out) {
    if (record.value() == null) return; // a tombstone carries no event
    routing.route(record.value(), record.timestamp(), out::collect);
  }

  @Override
  public TypeInformation<Routed> getProducedType() {
    return TypeInformation.of(Routed.class);
  }
}
