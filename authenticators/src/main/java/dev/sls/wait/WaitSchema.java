package dev.sls.wait;

import java.io.IOException;
import org.infinispan.protostream.FileDescriptorSource;
import org.infinispan.protostream.GeneratedSchema;
import org.infinispan.protostream.MessageMarshaller;
import org.infinispan.protostream.SerializationContext;

/**
 * How {@link WatchSettledEvent} crosses the cluster: Keycloak collects this schema through {@code ServiceLoader} when
 * the distribution is built ({@code kc.sh build}), so every node running the pack can read the event.
 */
public final class WaitSchema implements GeneratedSchema {

    private static final String FILE = "dev.sls.wait.proto";
    private static final String TYPE = "dev.sls.wait.WatchSettledEvent";
    private static final String PROTO = """
            syntax = "proto3";
            package dev.sls.wait;
            message WatchSettledEvent {
              string watchId = 1;
              string outcome = 2;
            }
            """;

    @Override
    public String getProtoFileName() {
        return FILE;
    }

    @Override
    public String getProtoFile() {
        return PROTO;
    }

    @Override
    public void registerSchema(SerializationContext context) {
        context.registerProtoFiles(FileDescriptorSource.fromString(FILE, PROTO));
    }

    @Override
    public void registerMarshallers(SerializationContext context) {
        context.registerMarshaller(new SettledMarshaller());
    }

    private static final class SettledMarshaller implements MessageMarshaller<WatchSettledEvent> {

        @Override
        public Class<WatchSettledEvent> getJavaClass() {
            return WatchSettledEvent.class;
        }

        @Override
        public String getTypeName() {
            return TYPE;
        }

        @Override
        public WatchSettledEvent readFrom(ProtoStreamReader reader) throws IOException {
            return new WatchSettledEvent(reader.readString("watchId"), reader.readString("outcome"));
        }

        @Override
        public void writeTo(ProtoStreamWriter writer, WatchSettledEvent event) throws IOException {
            writer.writeString("watchId", event.watchId());
            writer.writeString("outcome", event.outcome());
        }
    }
}
