package io.daylight.flink;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import io.daylight.ingest.NdjsonIngest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Hosts any detector through the core SPI, keyed by (detector position, detector key).
 *
 * <p>Flink hands a keyed function its events in arrival order, but a detector must see them in
 * event-time order, as the embedded runtime shows them. So an arriving event waits in keyed state
 * under its time with an event-time timer there; when the watermark passes that time the timer
 * releases every event of that time (in arrival order) and then the detector's own timer for that
 * time, if it asked for one. Flink fires timers in time order, so a detector timer at T runs after
 * every event at or before T and before any later one: the embedded runtime's order. An event at
 * or behind the watermark on arrival is late and goes to {@link #LATE}, as the embedded runtime
 * reports it.
 *
 * <p>Detector state lives in one {@link ValueState} per detector, typed by
 * {@link Detector#stateType()} so Flink picks its POJO/record serializer (never Kryo: jobs run with
 * {@code pipeline.generic-types=false}); {@link StateTypes} adds events held in state and states
 * without fields.
 */
public final class DetectorFunction extends KeyedProcessFunction<String, Routed, Finding> {
  /** Events that arrived behind the watermark: reported, not shown to detectors. */
  public static final OutputTag<Routed> LATE = new OutputTag<>("late-events", TypeInformation.of(Routed.class));

  private final DetectorSuite suite;
  private transient List<Detector<?>> detectors;
  private transient UnaryOperator<Event> enricher;
  private transient NdjsonIngest parser;
  private transient List<ValueState<Object>> states;
  private transient boolean[] fieldless;
  private transient MapState<Long, List<byte[]>> pending;
  private transient MapState<Long, Boolean> detectorTimers;
  private transient Ctx detectorContext;

  public DetectorFunction(DetectorSuite suite) {
    this.suite = suite;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void open(OpenContext openContext) {
    detectors = suite.detectors();
    enricher = suite.enricher();
    parser = new NdjsonIngest(false);
    states = new ArrayList<>(detectors.size());
    fieldless = new boolean[detectors.size()];
    for (int i = 0; i < detectors.size(); i++) {
      Detector<?> d = detectors.get(i);
      // A state with no fields is stored as a marker that the key exists; the detector gets a
      // fresh (and, having no fields, identical) state object each time.
      fieldless[i] = StateTypes.isFieldless(d.stateType());
      TypeInformation<Object> type = (TypeInformation) (fieldless[i] ? Types.BOOLEAN : StateTypes.of(d.stateType()));
      states.add(getRuntimeContext().getState(new ValueStateDescriptor<>("state-" + i + "-" + d.name(), type)));
    }
    pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending-events", Types.LONG,
        Types.LIST(PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO)));
    detectorTimers = getRuntimeContext().getMapState(new MapStateDescriptor<>("detector-timers", Types.LONG, Types.BOOLEAN));
    detectorContext = new Ctx();
  }

  @Override
  public void processElement(Routed r, Context ctx, Collector<Finding> out) throws Exception {
    if (r.time() <= ctx.timerService().currentWatermark()) {
      ctx.output(LATE, r);
      return;
    }
    List<byte[]> atTime = pending.get(r.time());
    if (atTime == null) atTime = new ArrayList<>(1);
    atTime.add(r.line());
    pending.put(r.time(), atTime);
    ctx.timerService().registerEventTimeTimer(r.time());
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void onTimer(long time, OnTimerContext ctx, Collector<Finding> out) throws Exception {
    String partitionKey = ctx.getCurrentKey();
    int sep = partitionKey.indexOf('\u0000');
    int index = Integer.parseInt(partitionKey.substring(0, sep));
    Detector detector = detectors.get(index);
    ValueState<Object> state = states.get(index);
    Ctx c = detectorContext;
    c.bind(partitionKey.substring(sep + 1), time, ctx, out);
    Object stored = state.value();
    Object s = fieldless[index] && stored != null ? detector.newState() : stored;
    List<byte[]> lines = pending.get(time);
    if (lines != null) {
      pending.remove(time);
      if (s == null) s = detector.newState();
      for (byte[] line : lines) detector.onEvent(s, enricher.apply(parser.parseStored(line)), c);
    }
    if (detectorTimers.contains(time)) {
      detectorTimers.remove(time);
      c.inDetectorTimer = true;
      if (s != null) detector.onTimer(s, time, c);
    }
    if (s != null) state.update(fieldless[index] ? Boolean.TRUE : s);
  }

  /** What a detector sees while one of its keys is handled; rebound per call, never shared. */
  private final class Ctx implements DetectorContext {
    private String key;
    private long firing;
    private OnTimerContext flink;
    private Collector<Finding> out;
    private boolean inDetectorTimer;

    void bind(String key, long firing, OnTimerContext flink, Collector<Finding> out) {
      this.key = key;
      this.firing = firing;
      this.flink = flink;
      this.out = out;
      this.inDetectorTimer = false;
    }

    @Override public String key() { return key; }

    @Override public long watermark() { return flink.timerService().currentWatermark(); }

    @Override public void emit(Finding finding) { out.collect(finding); }

    @Override
    public void timerAt(long eventTime) {
      try {
        if (detectorTimers.contains(eventTime)) return;
        detectorTimers.put(eventTime, Boolean.TRUE);
      } catch (Exception e) {
        throw new IllegalStateException("timer state unavailable", e);
      }
      // Asked while this time's events run: it runs at the end of this call, after them. Asked by
      // the detector's own timer for this very time: it fires again, as in the embedded runtime.
      if (eventTime != firing || inDetectorTimer) flink.timerService().registerEventTimeTimer(eventTime);
    }
  }
}
