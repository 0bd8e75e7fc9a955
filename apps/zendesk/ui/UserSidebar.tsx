/** The user_sidebar location: the customer's collections summary and contact history on their profile. */
import { LazyHistoryPanel } from './panels/history/LazyHistoryPanel';

/** The profile's panels; open plans and promises go in `planSlot` once the plans panel lands. */
export default function UserSidebar() {
  return <LazyHistoryPanel variant="profile" />;
}
