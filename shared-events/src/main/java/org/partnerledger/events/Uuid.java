package org.partnerledger.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The component holds a UUID in its canonical 36-character form, or, on a list, every element does. Consumers check
 * exactly the components that say so: ids of partnerships and of what they record are UUIDs issued by the server,
 * partners' short ids and people's subject ids are not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Uuid {
}
