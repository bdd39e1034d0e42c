# guarded: a module with an `if __name__ == "__main__":` block that an import skips.
def main():
    print("guarded.main called")


print("guarded imported as", __name__)
if __name__ == "__main__":
    print("this line only runs as a script")
    main()
