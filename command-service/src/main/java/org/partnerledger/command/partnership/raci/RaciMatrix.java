package org.partnerledger.command.partnership.raci;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.DistinctPartners;
import org.partnerledger.events.RaciAreaDefinedEvent;
import org.partnerledger.events.RaciRolesAssignedEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The partnership's RACI matrix: its areas of work and, per area, who is Responsible, the one partner Accountable,
 * who is Consulted and who is Informed. An area's roles are kept as sets: the order partners are listed in is not
 * a change of roles.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class RaciMatrix {

    /** The roles of each area by its id; an area defined but not yet assigned maps to {@link Roles#NONE}. */
    private final Map<String, Roles> areas = new HashMap<>();

    public RaciMatrix() {
        // an empty matrix, as a partnership is formed
    }

    /** Whether the partner is the Accountable partner of an area: with one Accountable per area, its only one. */
    public boolean isSoleAccountableOfAnArea(String partnerId) {
        return areas.values().stream().anyMatch(roles -> partnerId.equals(roles.accountable()));
    }

    @CommandHandler
    CommandResult handle(DefineRaciAreaCommand command) {
        AggregateLifecycle.apply(new RaciAreaDefinedEvent(command.partnershipId(), command.areaId(), command.name(),
                command.description()));
        return new CommandResult(command.areaId(), AggregateLifecycle.getVersion());
    }

    @CommandHandler
    CommandResult handle(AssignRaciRolesCommand command) {
        Roles current = requireArea(command.areaId());
        requireResponsible(command.responsible());
        Stream.of(command.responsible(), command.consulted(), command.informed()).forEach(DistinctPartners::require);
        requireOneRoleEach(command);
        Roles assigned = Roles.of(command.responsible(), command.accountable(), command.consulted(),
                command.informed());
        if (assigned.equals(current)) {
            throw RaciRejection.unchanged(command.areaId());
        }
        AggregateLifecycle.apply(new RaciRolesAssignedEvent(command.partnershipId(), command.areaId(),
                command.responsible(), command.accountable(), command.consulted(), command.informed(),
                command.rationale()));
        return new CommandResult(command.areaId(), AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(RaciAreaDefinedEvent event) {
        areas.put(event.areaId(), Roles.NONE);
    }

    @EventSourcingHandler
    void on(RaciRolesAssignedEvent event) {
        areas.put(event.areaId(), Roles.of(event.responsible(), event.accountable(), event.consulted(),
                event.informed()));
    }

    private Roles requireArea(String areaId) {
        Roles roles = areas.get(areaId);
        if (roles == null) {
            throw RaciRejection.areaNotFound(areaId);
        }
        return roles;
    }

    private static void requireResponsible(List<String> responsible) {
        if (responsible.isEmpty()) {
            throw RaciRejection.responsibleMissing();
        }
    }

    private static void requireOneRoleEach(AssignRaciRolesCommand command) {
        List<String> inTwoRoles = command.partnersNamed().stream()
                .filter(partner -> command.partnersNamed().stream().filter(partner::equals).count() > 1)
                .distinct().sorted().toList();
        if (!inTwoRoles.isEmpty()) {
            throw RaciRejection.roleConflict(inTwoRoles);
        }
    }

    /** One area's roles; {@code accountable} is {@code null} only in {@link #NONE}. */
    record Roles(Set<String> responsible, String accountable, Set<String> consulted, Set<String> informed) {

        static final Roles NONE = new Roles(Set.of(), null, Set.of(), Set.of());

        static Roles of(List<String> responsible, String accountable, List<String> consulted,
                        List<String> informed) {
            return new Roles(new TreeSet<>(responsible), Objects.requireNonNull(accountable),
                    new TreeSet<>(consulted), new TreeSet<>(informed));
        }
    }
}
