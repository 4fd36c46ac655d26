import Dialogue
