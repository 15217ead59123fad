package th.go.mol.oneplan.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.plan.PlanDrafted;
import th.go.mol.oneplan.drive.plan.PlanRevised;

import java.util.Set;

/**
 * Plan versions stored before projects had several allocations (revision 1, stored without a revision) gave
 * each project one {@code budgetSatang} and {@code budgetSource}. Revision 2 gives a list of allocations; the
 * old budget becomes the one allocation, owned by the agency that owned the project (and its partner, if any).
 * The stored event is never changed: it is read as revision 2.
 */
@Component
@Order(1)
public class PlanProjectAllocationsUpcaster extends SingleEventUpcaster {
    static final String REVISION = "2";
    private static final Set<String> PLAN_VERSIONS = Set.of(PlanDrafted.class.getName(), PlanRevised.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return PLAN_VERSIONS.contains(representation.getType().getName())
                && representation.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(representation.getType().getName(), REVISION), JsonNode.class,
                PlanProjectAllocationsUpcaster::withAllocations);
    }

    static JsonNode withAllocations(JsonNode planVersion) {
        if (!(planVersion instanceof ObjectNode version) || !(version.get("projects") instanceof ArrayNode projects)) {
            return planVersion;
        }
        for (JsonNode node : projects) {
            if (node instanceof ObjectNode project && !project.has("allocations")) {
                ObjectNode allocation = JsonNodeFactory.instance.objectNode();
                allocation.set("budgetSource", project.get("budgetSource"));
                allocation.set("agency", project.get("owningAgency"));
                allocation.set("partnerAgency", project.get("partnerAgency"));
                allocation.set("amountSatang", project.get("budgetSatang"));
                project.remove("budgetSource");
                project.remove("budgetSatang");
                project.putArray("allocations").add(allocation);
            }
        }
        return version;
    }
}
