import IntentMatching
import Office
