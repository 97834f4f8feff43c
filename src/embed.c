/* embed.c - build tool: write a database file as a C array for the binary. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Usage: embed FILE > embedded.c
 * The array is not const: db_parse joins continuation lines in place, and
 * a writable copy in the data segment saves copying it at every start.
 */
int
main(int argc, char *argv[])
{
	FILE *in;
	unsigned long n = 0;
	int c;

	if (argc != 2) {
		fputs("usage: embed FILE\n", stderr);
		return 2;
	}
	if ((in = fopen(argv[1], "rb")) == NULL) {
		perror(argv[1]);
		return 2;
	}
	printf("/* Generated from %s by src/embed; do not edit. */\n", argv[1]);
	printf("#include <stddef.h>\n\n#include \"embedded.h\"\n\n");
	printf("const char embedded_db_name[] = \"");
	for (c = 0; argv[1][c]; c++)
		if (argv[1][c] == '"' || argv[1][c] == '\\')
			printf("\\%c", argv[1][c]);
		else
			putchar(argv[1][c]);
	printf("\";\n\nchar embedded_db[] = {\n");
	while ((c = getc(in)) != EOF)
		printf("%s0x%02x,", n++ % 12 ? " " : "\n\t", c);
	/* A trailing NUL keeps the array non-empty for an empty file. */
	printf("\n\t0x00\n};\n\nconst size_t embedded_db_len = %lu;\n", n);
	if (ferror(in) || fclose(in) != 0) {
		perror(argv[1]);
		return 2;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("embed: write error");
		return 2;
	}
	return 0;
}
