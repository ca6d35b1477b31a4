// Placeholder so the tree configures before gencap exists.
// gencap owner: DELETE THIS FILE when your own main() exists.
int main() { return 1; }
